using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary><c>/organizations</c>: organizations (the creator becomes <c>org:admin</c>), their metadata, memberships and invitations.</summary>
internal static class Organizations
{
    public static string SlugOf(string name)
    {
        var slug = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "organization";
    }

    private static OrgRow? Find(State s, Input i) => Query.OrgByIdOrSlug(s, i["organization_id"]);

    private static readonly BackendResponse OrgNotFound = ClerkErrors.NotFound("Organization");

    public static Outcome Create(State s, Input i, Context c)
    {
        if (i.String("name") is not { Length: > 0 } name) return Outcome.Fail(s, ClerkErrors.Missing("name"));
        var createdBy = i.String("created_by");
        if (createdBy is not null && !s.Users.ContainsKey(createdBy)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        var (next, seq, id) = Allocation.Next(s, "org", c);
        var slug = i.String("slug");
        if (slug is not null && s.Orgs.Values.Any(o => o.Slug == slug)) return Outcome.Fail(s, ClerkErrors.IdentifierExists("slug", "slug"));
        slug ??= SlugOf(name) is var derived && s.Orgs.Values.Any(o => o.Slug == derived) ? $"{derived}-{seq}" : SlugOf(name);
        var org = new OrgRow(seq, id, name, slug, createdBy, i.Long("max_allowed_memberships") ?? 0, true,
            i.Object("public_metadata") ?? Metadata.EmptyObject, i.Object("private_metadata") ?? Metadata.EmptyObject,
            i.Long("created_at") ?? c.Now, c.Now);
        next = next with { Orgs = next.Orgs.Add(id, org) };
        if (createdBy is not null)
        {
            var (withMember, mseq, mid) = Allocation.Next(next, "orgmem", c);
            next = withMember with
            {
                Memberships = withMember.Memberships.Add(mid, new MembershipRow(mseq, mid, id, createdBy, Roles.Admin, Metadata.EmptyObject, Metadata.EmptyObject, c.Now, c.Now)),
            };
        }
        return Outcome.Ok(next, Render.Organization(next, org));
    }

    public static Outcome List(State s, Input i, Context c)
    {
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var query = i.Query("query");
        var userIds = i.QueryAll("user_id");
        var orgIds = i.QueryAll("organization_id");
        var matching = s.Orgs.Values.Where(o =>
            (string.IsNullOrEmpty(query) || new[] { o.Id, o.Name, o.Slug }.Any(t => t.Contains(query, StringComparison.OrdinalIgnoreCase)))
            && (userIds.Count == 0 || s.Memberships.Values.Any(m => m.OrgId == o.Id && userIds.Contains(m.UserId)))
            && (orgIds.Count == 0 || orgIds.Contains(o.Id) || orgIds.Contains(o.Slug)));
        var ordered = Query.Order(matching, i.Query("order_by"), "-created_at", (o, field) => field switch
        {
            "name" => o.Name,
            "members_count" => Query.MembersOf(s, o.Id).Count(),
            _ => (IComparable)o.CreatedAt,
        }, o => o.Seq).ToList();
        var counts = i.QueryFlag("include_members_count");
        return Outcome.Ok(s, Render.Page(ordered.Skip(offset).Take(limit).Select(o => (JsonNode)Render.Organization(s, o, counts)), ordered.Count));
    }

    public static Outcome Get(State s, Input i, Context c) =>
        Find(s, i) is { } o ? Outcome.Ok(s, Render.Organization(s, o, i.QueryFlag("include_members_count"))) : Outcome.Fail(s, OrgNotFound);

    public static Outcome Update(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        var slug = i.String("slug") ?? o.Slug;
        if (slug != o.Slug && s.Orgs.Values.Any(x => x.Slug == slug)) return Outcome.Fail(s, ClerkErrors.IdentifierExists("slug", "slug"));
        return Save(s, o with
        {
            Name = i.String("name") ?? o.Name,
            Slug = slug,
            MaxAllowedMemberships = i.Long("max_allowed_memberships") ?? o.MaxAllowedMemberships,
            AdminDeleteEnabled = i.Bool("admin_delete_enabled") ?? o.AdminDeleteEnabled,
            PublicMetadata = i.Object("public_metadata") ?? o.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") ?? o.PrivateMetadata,
            UpdatedAt = c.Now,
        });
    }

    private static Outcome Save(State s, OrgRow o)
    {
        var next = s with { Orgs = s.Orgs.SetItem(o.Id, o) };
        return Outcome.Ok(next, Render.Organization(next, o));
    }

    public static Outcome MergeMetadata(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        return Save(s, o with
        {
            PublicMetadata = i.Object("public_metadata") is { } pub ? MetadataMerge.Merge(o.PublicMetadata, pub) : o.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") is { } priv ? MetadataMerge.Merge(o.PrivateMetadata, priv) : o.PrivateMetadata,
            UpdatedAt = c.Now,
        });
    }

    public static Outcome ReplaceMetadata(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        return Save(s, o with
        {
            PublicMetadata = i.Object("public_metadata") ?? o.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") ?? o.PrivateMetadata,
            UpdatedAt = c.Now,
        });
    }

    public static Outcome Delete(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        var next = s with
        {
            Orgs = s.Orgs.Remove(o.Id),
            Memberships = s.Memberships.RemoveRange(s.Memberships.Values.Where(m => m.OrgId == o.Id).Select(m => m.Id)),
            OrgInvitations = s.OrgInvitations.RemoveRange(s.OrgInvitations.Values.Where(x => x.OrgId == o.Id).Select(x => x.Id)),
            Sessions = s.Sessions.SetItems(s.Sessions.Values.Where(x => x.ActiveOrganizationId == o.Id)
                .Select(x => new KeyValuePair<string, SessionRow>(x.Id, x with { ActiveOrganizationId = null }))),
        };
        return Outcome.Ok(next, Render.Deleted("organization", o.Id));
    }

    // Memberships

    public static Outcome CreateMembership(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        if (i.String("user_id") is not { } userId) return Outcome.Fail(s, ClerkErrors.Missing("user_id"));
        if (i.String("role") is not { } role) return Outcome.Fail(s, ClerkErrors.Missing("role"));
        if (!Roles.IsValid(role)) return Outcome.Fail(s, ClerkErrors.Invalid("role", "role must be an organization role key such as org:admin or org:member."));
        if (!s.Users.ContainsKey(userId)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        if (Query.Membership(s, o.Id, userId) is not null)
            return Outcome.Fail(s, ClerkErrors.Unprocessable("already_a_member_in_organization", "The user is already a member of this organization.", "user_id"));
        if (o.MaxAllowedMemberships > 0 && Query.MembersOf(s, o.Id).Count() >= o.MaxAllowedMemberships)
            return Outcome.Fail(s, ClerkErrors.Unprocessable("organization_membership_quota_exceeded", "The organization has reached its maximum number of members."));
        var (next, seq, id) = Allocation.Next(s, "orgmem", c);
        var row = new MembershipRow(seq, id, o.Id, userId, role, i.Object("public_metadata") ?? Metadata.EmptyObject,
            i.Object("private_metadata") ?? Metadata.EmptyObject, c.Now, c.Now);
        next = next with { Memberships = next.Memberships.Add(id, row) };
        return Outcome.Ok(next, Render.Membership(next, row));
    }

    public static Outcome ListMemberships(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var userIds = i.QueryAll("user_id");
        var roles = i.QueryAll("role");
        var query = i.Query("query");
        var matching = Query.MembersOf(s, o.Id).Where(m =>
        {
            var user = s.Users.GetValueOrDefault(m.UserId);
            var emails = Query.EmailsOf(s, m.UserId).Select(e => e.Address);
            return (userIds.Count == 0 || userIds.Contains(m.UserId))
                && (roles.Count == 0 || roles.Contains(m.Role))
                && (string.IsNullOrEmpty(query) || new[] { m.UserId, user?.Username, user?.FirstName, user?.LastName }.Concat(emails)
                    .Any(t => t is not null && t.Contains(query, StringComparison.OrdinalIgnoreCase)));
        });
        var ordered = Query.Order(matching, i.Query("order_by"), "-created_at", (m, field) => field switch
        {
            "first_name" => s.Users.GetValueOrDefault(m.UserId)?.FirstName,
            "last_name" => s.Users.GetValueOrDefault(m.UserId)?.LastName,
            "username" => s.Users.GetValueOrDefault(m.UserId)?.Username,
            _ => (IComparable)m.CreatedAt,
        }, m => m.Seq).ToList();
        return Outcome.Ok(s, Render.Page(ordered.Skip(offset).Take(limit).Select(m => (JsonNode)Render.Membership(s, m)), ordered.Count));
    }

    private static Outcome WithMembership(State s, Input i, Func<OrgRow, MembershipRow, Outcome> then)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        return Query.Membership(s, o.Id, i["user_id"]) is { } m ? then(o, m) : Outcome.Fail(s, ClerkErrors.NotFound("Organization membership"));
    }

    private static Outcome SaveMembership(State s, MembershipRow m)
    {
        var next = s with { Memberships = s.Memberships.SetItem(m.Id, m) };
        return Outcome.Ok(next, Render.Membership(next, m));
    }

    public static Outcome UpdateMembership(State s, Input i, Context c) => WithMembership(s, i, (o, m) =>
    {
        if (i.String("role") is not { } role) return Outcome.Fail(s, ClerkErrors.Missing("role"));
        if (!Roles.IsValid(role)) return Outcome.Fail(s, ClerkErrors.Invalid("role", "role must be an organization role key such as org:admin or org:member."));
        return SaveMembership(s, m with { Role = role, UpdatedAt = c.Now });
    });

    public static Outcome MergeMembershipMetadata(State s, Input i, Context c) => WithMembership(s, i, (o, m) =>
        SaveMembership(s, m with
        {
            PublicMetadata = i.Object("public_metadata") is { } pub ? MetadataMerge.Merge(m.PublicMetadata, pub) : m.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") is { } priv ? MetadataMerge.Merge(m.PrivateMetadata, priv) : m.PrivateMetadata,
            UpdatedAt = c.Now,
        }));

    public static Outcome DeleteMembership(State s, Input i, Context c) => WithMembership(s, i, (o, m) =>
    {
        var next = s with
        {
            Memberships = s.Memberships.Remove(m.Id),
            Sessions = s.Sessions.SetItems(s.Sessions.Values.Where(x => x.UserId == m.UserId && x.ActiveOrganizationId == o.Id)
                .Select(x => new KeyValuePair<string, SessionRow>(x.Id, x with { ActiveOrganizationId = null }))),
        };
        var body = Render.Membership(s, m);
        return Outcome.Ok(next, body);
    });

    // Invitations

    public static Outcome CreateInvitation(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        if (i.String("email_address") is not { } email) return Outcome.Fail(s, ClerkErrors.Missing("email_address"));
        if (i.String("role") is not { } role) return Outcome.Fail(s, ClerkErrors.Missing("role"));
        if (!Users.IsEmail(email)) return Outcome.Fail(s, ClerkErrors.Invalid("email_address", "email_address must be a valid email address."));
        if (!Roles.IsValid(role)) return Outcome.Fail(s, ClerkErrors.Invalid("role", "role must be an organization role key such as org:admin or org:member."));
        var inviter = i.String("inviter_user_id");
        if (inviter is not null && !s.Users.ContainsKey(inviter)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        if (s.OrgInvitations.Values.Any(x => x.OrgId == o.Id && x.Status == "pending" && string.Equals(x.EmailAddress, email, StringComparison.OrdinalIgnoreCase)))
            return Outcome.Fail(s, ClerkErrors.Unprocessable("duplicate_record", "There is already a pending invitation for this email address.", "email_address"));
        var (next, seq, id) = Allocation.Next(s, "orginv", c);
        var days = i.Long("expires_in_days") ?? 30;
        var row = new OrgInvitationRow(seq, id, o.Id, email, role, inviter, "pending", i.Object("public_metadata") ?? Metadata.EmptyObject,
            i.Object("private_metadata") ?? Metadata.EmptyObject, c.Now + days * 86_400_000, c.Now, c.Now);
        next = next with { OrgInvitations = next.OrgInvitations.Add(id, row) };
        return Outcome.Ok(next, Render.OrganizationInvitation(next, row));
    }

    public static Outcome ListInvitations(State s, Input i, Context c)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var statuses = i.QueryAll("status");
        var email = i.Query("email_address");
        var matching = s.OrgInvitations.Values.Where(x => x.OrgId == o.Id && (statuses.Count == 0 || statuses.Contains(x.Status))
            && (email is null || string.Equals(email, x.EmailAddress, StringComparison.OrdinalIgnoreCase)));
        var ordered = Query.Order(matching, i.Query("order_by"), "-created_at", (x, field) => field == "email_address" ? x.EmailAddress : x.CreatedAt, x => x.Seq).ToList();
        return Outcome.Ok(s, Render.Page(ordered.Skip(offset).Take(limit).Select(x => (JsonNode)Render.OrganizationInvitation(s, x)), ordered.Count));
    }

    private static Outcome WithInvitation(State s, Input i, Func<OrgInvitationRow, Outcome> then)
    {
        if (Find(s, i) is not { } o) return Outcome.Fail(s, OrgNotFound);
        return s.OrgInvitations.TryGetValue(i["invitation_id"], out var x) && x.OrgId == o.Id ? then(x) : Outcome.Fail(s, ClerkErrors.NotFound("Organization invitation"));
    }

    public static Outcome GetInvitation(State s, Input i, Context c) =>
        WithInvitation(s, i, x => Outcome.Ok(s, Render.OrganizationInvitation(s, x)));

    public static Outcome RevokeInvitation(State s, Input i, Context c) => WithInvitation(s, i, x =>
    {
        if (x.Status != "pending")
            return Outcome.Fail(s, ClerkErrors.BadRequest("organization_invitation_not_pending", "Only pending invitations can be revoked."));
        var row = x with { Status = "revoked", UpdatedAt = c.Now };
        var next = s with { OrgInvitations = s.OrgInvitations.SetItem(x.Id, row) };
        return Outcome.Ok(next, Render.OrganizationInvitation(next, row));
    });
}
