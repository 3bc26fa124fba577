using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary><c>/invitations</c>, <c>/allowlist_identifiers</c> and <c>/blocklist_identifiers</c>.</summary>
internal static class Invitations
{
    public static Outcome Create(State s, Input i, Context c)
    {
        if (i.String("email_address") is not { } email) return Outcome.Fail(s, ClerkErrors.Missing("email_address"));
        if (!Users.IsEmail(email)) return Outcome.Fail(s, ClerkErrors.Invalid("email_address", "email_address must be a valid email address."));
        if (i.Bool("ignore_existing") != true && s.Invitations.Values.Any(x => x.Status == "pending" && string.Equals(x.EmailAddress, email, StringComparison.OrdinalIgnoreCase)))
            return Outcome.Fail(s, ClerkErrors.Unprocessable("duplicate_record", "There are already pending invitations for the following email addresses: " + email, "email_address"));
        if (Query.EmailTaken(s, email)) return Outcome.Fail(s, ClerkErrors.IdentifierExists("email_address", "email address"));
        var (next, seq, id) = Allocation.Next(s, "inv", c);
        var days = i.Long("expires_in_days") ?? 30;
        var row = new InvitationRow(seq, id, email, "pending", i.Object("public_metadata") ?? Metadata.EmptyObject, c.Now + days * 86_400_000, c.Now, c.Now);
        next = next with { Invitations = next.Invitations.Add(id, row) };
        return Outcome.Ok(next, Render.Invitation(row));
    }

    public static Outcome List(State s, Input i, Context c)
    {
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var statuses = i.QueryAll("status");
        var query = i.Query("query");
        var matching = s.Invitations.Values.Where(x => (statuses.Count == 0 || statuses.Contains(x.Status))
            && (string.IsNullOrEmpty(query) || x.EmailAddress.Contains(query, StringComparison.OrdinalIgnoreCase)));
        var ordered = Query.Order(matching, i.Query("order_by"), "-created_at", (x, field) => field == "email_address" ? x.EmailAddress : x.CreatedAt, x => x.Seq).ToList();
        var page = ordered.Skip(offset).Take(limit).Select(x => (JsonNode)Render.Invitation(x));
        return Outcome.Ok(s, i.QueryFlag("paginated") ? Render.Page(page, ordered.Count) : Render.Array(page));
    }

    public static Outcome Revoke(State s, Input i, Context c)
    {
        if (!s.Invitations.TryGetValue(i["invitation_id"], out var x)) return Outcome.Fail(s, ClerkErrors.NotFound("Invitation"));
        if (x.Status != "pending") return Outcome.Fail(s, ClerkErrors.BadRequest("invitation_not_pending", "Only pending invitations can be revoked."));
        var row = x with { Status = "revoked", UpdatedAt = c.Now };
        return Outcome.Ok(s with { Invitations = s.Invitations.SetItem(x.Id, row) }, Render.Invitation(row));
    }

    private static string? TypeOf(string identifier) =>
        identifier.Contains('@') ? "email_address" : Users.IsPhone(identifier) ? "phone_number" : identifier.StartsWith("0x", StringComparison.Ordinal) ? "web3_wallet" : null;

    public static Handler CreateIdentifier(bool allow) => (s, i, c) =>
    {
        if (i.String("identifier") is not { Length: > 0 } identifier) return Outcome.Fail(s, ClerkErrors.Missing("identifier"));
        if (TypeOf(identifier) is not { } type)
            return Outcome.Fail(s, ClerkErrors.Invalid("identifier", "identifier must be an email address, a domain (*@example.com), a phone number or a web3 wallet."));
        var list = allow ? s.Allowlist : s.Blocklist;
        if (list.Values.Any(x => x.Identifier == identifier)) return Outcome.Fail(s, ClerkErrors.Unprocessable("duplicate_record", "That identifier is already listed.", "identifier"));
        var (next, seq, id) = Allocation.Next(s, allow ? "alid" : "blid", c);
        var row = new IdentifierRow(seq, id, identifier, type, c.Now, c.Now);
        next = allow ? next with { Allowlist = next.Allowlist.Add(id, row) } : next with { Blocklist = next.Blocklist.Add(id, row) };
        return Outcome.Ok(next, Render.Identifier(allow ? "allowlist_identifier" : "blocklist_identifier", row));
    };

    public static Handler ListIdentifiers(bool allow) => (s, i, c) =>
    {
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var all = (allow ? s.Allowlist : s.Blocklist).Values.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Seq).ToList();
        var objectType = allow ? "allowlist_identifier" : "blocklist_identifier";
        var page = all.Skip(offset).Take(limit).Select(x => (JsonNode)Render.Identifier(objectType, x));
        // Clerk answers the blocklist as a page always, the allowlist as a page only when asked (paginated=true).
        return Outcome.Ok(s, !allow || i.QueryFlag("paginated") ? Render.Page(page, all.Count) : Render.Array(page));
    };

    public static Handler DeleteIdentifier(bool allow) => (s, i, c) =>
    {
        var list = allow ? s.Allowlist : s.Blocklist;
        var id = i["identifier_id"];
        if (!list.ContainsKey(id)) return Outcome.Fail(s, ClerkErrors.NotFound(allow ? "Allowlist identifier" : "Blocklist identifier"));
        var next = allow ? s with { Allowlist = s.Allowlist.Remove(id) } : s with { Blocklist = s.Blocklist.Remove(id) };
        return Outcome.Ok(next, Render.Deleted(allow ? "allowlist_identifier" : "blocklist_identifier", id));
    };
}
