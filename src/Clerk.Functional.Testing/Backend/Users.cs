using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Clerk.Functional.Testing.Backend;

/// <summary><c>/users</c>: create, list and count with <c>getUserList</c>'s filters, get, update, metadata, ban and lock, delete.</summary>
internal static partial class Users
{
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();

    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    public static bool IsPhone(string text) => PhonePattern().IsMatch(text);

    public static Outcome Create(State s, Input i, Context c)
    {
        var emails = i.Strings("email_address");
        var phones = i.Strings("phone_number");
        var username = i.String("username");
        var externalId = i.String("external_id");
        var password = i.String("password");
        if (emails.Count == 0 && phones.Count == 0 && username is null && externalId is null)
            return Outcome.Fail(s, ClerkErrors.Missing("email_address"));
        if (Validate(s, emails, phones, username) is { } invalid) return Outcome.Fail(s, invalid);
        if (password is not null && password.Length < 8 && i.Bool("skip_password_checks") != true)
            return Outcome.Fail(s, ClerkErrors.Unprocessable("form_password_length_too_short", "Passwords must be 8 characters or more.", "password"));
        if (externalId is not null && s.Users.Values.Any(u => u.ExternalId == externalId))
            return Outcome.Fail(s, ClerkErrors.IdentifierExists("external_id", "external ID"));

        var (next, seq, id) = Allocation.Next(s, "user", c);
        var emailIds = new List<string>();
        foreach (var address in emails)
        {
            var (afterEmail, emailSeq, emailId) = Allocation.Next(next, "idn", c);
            next = afterEmail with { Emails = afterEmail.Emails.Add(emailId, new EmailRow(emailSeq, emailId, id, address, true, c.Now, c.Now)) };
            emailIds.Add(emailId);
        }
        var phoneIds = new List<string>();
        foreach (var number in phones)
        {
            var (afterPhone, phoneSeq, phoneId) = Allocation.Next(next, "idn", c);
            next = afterPhone with { Phones = afterPhone.Phones.Add(phoneId, new PhoneRow(phoneSeq, phoneId, id, number, true, c.Now, c.Now)) };
            phoneIds.Add(phoneId);
        }
        var user = new UserRow(seq, id, externalId, username, i.String("first_name"), i.String("last_name"),
            password is not null || i.Has("password_digest"), emailIds.FirstOrDefault(), phoneIds.FirstOrDefault(),
            i.Object("public_metadata") ?? Metadata.EmptyObject, i.Object("private_metadata") ?? Metadata.EmptyObject,
            i.Object("unsafe_metadata") ?? Metadata.EmptyObject,
            i.Bool("banned") ?? false, i.Bool("locked") ?? false, i.Bool("delete_self_enabled") ?? true,
            i.Bool("create_organization_enabled") ?? true, i.Long("create_organizations_limit"),
            null, null, i.Long("legal_accepted_at"), i.Long("created_at") ?? c.Now, c.Now);
        next = next with { Users = next.Users.Add(id, user) };
        return Outcome.Ok(next, Render.User(next, user));
    }

    private static BackendResponse? Validate(State s, IReadOnlyList<string> emails, IReadOnlyList<string> phones, string? username)
    {
        foreach (var e in emails)
        {
            if (!IsEmail(e)) return ClerkErrors.Invalid("email_address", "email_address must be a valid email address.");
            if (Query.EmailTaken(s, e) || emails.Count(x => string.Equals(x, e, StringComparison.OrdinalIgnoreCase)) > 1)
                return ClerkErrors.IdentifierExists("email_address", "email address");
        }
        foreach (var p in phones)
        {
            if (!IsPhone(p)) return ClerkErrors.Invalid("phone_number", "phone_number must be a valid phone number according to E.164 international standard.");
            if (Query.PhoneTaken(s, p) || phones.Count(x => x == p) > 1) return ClerkErrors.IdentifierExists("phone_number", "phone number");
        }
        if (username is not null)
        {
            if (username.Length is < 4 or > 64) return ClerkErrors.Unprocessable("form_username_invalid_length", "Usernames must be between 4 and 64 characters long.", "username");
            if (s.Users.Values.Any(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase)))
                return ClerkErrors.IdentifierExists("username", "username");
        }
        return null;
    }

    public static Outcome List(State s, Input i, Context c)
    {
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var matching = Query.Order(Matching(s, i), i.Query("order_by"), "-created_at", (u, field) => SortKey(s, u, field), u => u.Seq);
        return Outcome.Ok(s, Render.Array(matching.Skip(offset).Take(limit).Select(u => (JsonNode)Render.User(s, u))));
    }

    public static Outcome Count(State s, Input i, Context c) =>
        Outcome.Ok(s, new JsonObject { ["object"] = "total_count", ["total_count"] = Matching(s, i).Count() });

    private static IComparable? SortKey(State s, UserRow u, string field) => field switch
    {
        "updated_at" => u.UpdatedAt,
        "first_name" => u.FirstName,
        "last_name" => u.LastName,
        "username" => u.Username,
        "email_address" => u.PrimaryEmailId is { } e ? s.Emails[e].Address : null,
        "phone_number" => u.PrimaryPhoneId is { } p ? s.Phones[p].Number : null,
        "last_active_at" => u.LastActiveAt,
        "last_sign_in_at" => u.LastSignInAt,
        _ => u.CreatedAt,
    };

    /// <summary>The users that pass every filter of <c>getUserList</c> / <c>getCount</c> that the request sets.</summary>
    private static IEnumerable<UserRow> Matching(State s, Input i)
    {
        static bool AnyOf(IReadOnlyList<string> wanted, IEnumerable<string?> values, StringComparison comparison = StringComparison.Ordinal) =>
            wanted.Count == 0 || values.Any(v => v is not null && wanted.Any(w => string.Equals(w, v, comparison)));
        static bool Contains(string? needle, IEnumerable<string?> haystack) =>
            string.IsNullOrEmpty(needle) || haystack.Any(h => h is not null && h.Contains(needle, StringComparison.OrdinalIgnoreCase));
        static bool Before(string? bound, long? value) => bound is null || (long.TryParse(bound, out var b) && value is { } v && v < b);
        static bool After(string? bound, long? value) => bound is null || (long.TryParse(bound, out var b) && value is { } v && v > b);

        var emailAddresses = i.QueryAll("email_address");
        var phoneNumbers = i.QueryAll("phone_number");
        var externalIds = i.QueryAll("external_id");
        var usernames = i.QueryAll("username");
        var userIds = i.QueryAll("user_id");
        var orgIds = i.QueryAll("organization_id");
        var banned = i.Query("banned");
        return s.Users.Values.Where(u =>
        {
            var emails = Query.EmailsOf(s, u.Id).Select(e => (string?)e.Address).ToList();
            var phones = Query.PhonesOf(s, u.Id).Select(p => (string?)p.Number).ToList();
            var names = new[] { u.FirstName, u.LastName, $"{u.FirstName} {u.LastName}".Trim() };
            return AnyOf(emailAddresses, emails, StringComparison.OrdinalIgnoreCase)
                && AnyOf(phoneNumbers, phones)
                && AnyOf(externalIds, [u.ExternalId])
                && AnyOf(usernames, [u.Username], StringComparison.OrdinalIgnoreCase)
                && AnyOf(userIds, [u.Id])
                && (orgIds.Count == 0 || s.Memberships.Values.Any(m => m.UserId == u.Id && orgIds.Contains(m.OrgId)))
                && Contains(i.Query("query"), [u.Id, u.ExternalId, u.Username, .. names, .. emails, .. phones])
                && Contains(i.Query("email_address_query"), emails)
                && Contains(i.Query("phone_number_query"), phones)
                && Contains(i.Query("username_query"), [u.Username])
                && Contains(i.Query("name_query"), names)
                && (banned is null || (banned == "true") == u.Banned)
                && Before(i.Query("created_at_before"), u.CreatedAt) && After(i.Query("created_at_after"), u.CreatedAt)
                && Before(i.Query("last_active_at_before"), u.LastActiveAt) && After(i.Query("last_active_at_after"), u.LastActiveAt)
                && After(i.Query("last_active_at_since"), u.LastActiveAt)
                && Before(i.Query("last_sign_in_at_before"), u.LastSignInAt) && After(i.Query("last_sign_in_at_after"), u.LastSignInAt);
        });
    }

    public static Outcome Get(State s, Input i, Context c) =>
        s.Users.TryGetValue(i["user_id"], out var u) ? Outcome.Ok(s, Render.User(s, u)) : Outcome.Fail(s, ClerkErrors.NotFound("User"));

    public static Outcome Update(State s, Input i, Context c)
    {
        if (!s.Users.TryGetValue(i["user_id"], out var u)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        var username = i.Has("username") ? i.String("username") : u.Username;
        if (username is not null && username != u.Username && Validate(s, [], [], username) is { } invalid) return Outcome.Fail(s, invalid);
        if (i.String("password") is { Length: < 8 } && i.Bool("skip_password_checks") != true)
            return Outcome.Fail(s, ClerkErrors.Unprocessable("form_password_length_too_short", "Passwords must be 8 characters or more.", "password"));
        var primaryEmail = i.String("primary_email_address_id") ?? u.PrimaryEmailId;
        if (primaryEmail is not null && (!s.Emails.TryGetValue(primaryEmail, out var e) || e.UserId != u.Id))
            return Outcome.Fail(s, ClerkErrors.Invalid("primary_email_address_id", "primary_email_address_id must be one of the user's email addresses."));
        var primaryPhone = i.String("primary_phone_number_id") ?? u.PrimaryPhoneId;
        if (primaryPhone is not null && (!s.Phones.TryGetValue(primaryPhone, out var p) || p.UserId != u.Id))
            return Outcome.Fail(s, ClerkErrors.Invalid("primary_phone_number_id", "primary_phone_number_id must be one of the user's phone numbers."));
        var externalId = i.Has("external_id") ? i.String("external_id") : u.ExternalId;
        if (externalId is not null && externalId != u.ExternalId && s.Users.Values.Any(x => x.ExternalId == externalId))
            return Outcome.Fail(s, ClerkErrors.IdentifierExists("external_id", "external ID"));
        var updated = u with
        {
            Username = username,
            ExternalId = externalId,
            FirstName = i.Has("first_name") ? i.String("first_name") : u.FirstName,
            LastName = i.Has("last_name") ? i.String("last_name") : u.LastName,
            PasswordEnabled = u.PasswordEnabled || i.String("password") is not null || i.Has("password_digest"),
            PrimaryEmailId = primaryEmail,
            PrimaryPhoneId = primaryPhone,
            PublicMetadata = i.Object("public_metadata") ?? u.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") ?? u.PrivateMetadata,
            UnsafeMetadata = i.Object("unsafe_metadata") ?? u.UnsafeMetadata,
            DeleteSelfEnabled = i.Bool("delete_self_enabled") ?? u.DeleteSelfEnabled,
            CreateOrganizationEnabled = i.Bool("create_organization_enabled") ?? u.CreateOrganizationEnabled,
            CreateOrganizationsLimit = i.Has("create_organizations_limit") ? i.Long("create_organizations_limit") : u.CreateOrganizationsLimit,
            LegalAcceptedAt = i.Long("legal_accepted_at") ?? u.LegalAcceptedAt,
            UpdatedAt = c.Now,
        };
        return Save(s, updated);
    }

    private static Outcome Save(State s, UserRow updated)
    {
        var next = s with { Users = s.Users.SetItem(updated.Id, updated) };
        return Outcome.Ok(next, Render.User(next, updated));
    }

    /// <summary><c>PATCH /users/{id}/metadata</c>: each given metadata object is merged (null deletes a key).</summary>
    public static Outcome MergeMetadata(State s, Input i, Context c)
    {
        if (!s.Users.TryGetValue(i["user_id"], out var u)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        return Save(s, u with
        {
            PublicMetadata = i.Object("public_metadata") is { } pub ? MetadataMerge.Merge(u.PublicMetadata, pub) : u.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") is { } priv ? MetadataMerge.Merge(u.PrivateMetadata, priv) : u.PrivateMetadata,
            UnsafeMetadata = i.Object("unsafe_metadata") is { } uns ? MetadataMerge.Merge(u.UnsafeMetadata, uns) : u.UnsafeMetadata,
            UpdatedAt = c.Now,
        });
    }

    /// <summary><c>PUT /users/{id}/metadata</c>: each given metadata object replaces the old one.</summary>
    public static Outcome ReplaceMetadata(State s, Input i, Context c)
    {
        if (!s.Users.TryGetValue(i["user_id"], out var u)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        return Save(s, u with
        {
            PublicMetadata = i.Object("public_metadata") ?? u.PublicMetadata,
            PrivateMetadata = i.Object("private_metadata") ?? u.PrivateMetadata,
            UnsafeMetadata = i.Object("unsafe_metadata") ?? u.UnsafeMetadata,
            UpdatedAt = c.Now,
        });
    }

    public static Handler SetFlags(bool? banned, bool? locked) => (s, i, c) =>
    {
        if (!s.Users.TryGetValue(i["user_id"], out var u)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        var next = s;
        if (banned == true) next = next with { Sessions = next.Sessions.SetItems(next.Sessions.Values.Where(x => x.UserId == u.Id && x.Status == "active")
            .Select(x => new KeyValuePair<string, SessionRow>(x.Id, x with { Status = "revoked", UpdatedAt = c.Now }))) };
        return Save(next, u with { Banned = banned ?? u.Banned, Locked = locked ?? u.Locked, UpdatedAt = c.Now });
    };

    /// <summary><c>DELETE /users/{id}</c>: the user with their email addresses, phone numbers, memberships and sessions.</summary>
    public static Outcome Delete(State s, Input i, Context c)
    {
        if (!s.Users.ContainsKey(i["user_id"])) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        var id = i["user_id"];
        var next = s with
        {
            Users = s.Users.Remove(id),
            Emails = s.Emails.RemoveRange(s.Emails.Values.Where(e => e.UserId == id).Select(e => e.Id)),
            Phones = s.Phones.RemoveRange(s.Phones.Values.Where(p => p.UserId == id).Select(p => p.Id)),
            Memberships = s.Memberships.RemoveRange(s.Memberships.Values.Where(m => m.UserId == id).Select(m => m.Id)),
            Sessions = s.Sessions.RemoveRange(s.Sessions.Values.Where(x => x.UserId == id).Select(x => x.Id)),
        };
        return Outcome.Ok(next, Render.Deleted("user", id));
    }

    public static Outcome OrganizationMemberships(State s, Input i, Context c)
    {
        if (!s.Users.ContainsKey(i["user_id"])) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var all = s.Memberships.Values.Where(m => m.UserId == i["user_id"]).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Seq).ToList();
        return Outcome.Ok(s, Render.Page(all.Skip(offset).Take(limit).Select(m => (JsonNode)Render.Membership(s, m)), all.Count));
    }
}
