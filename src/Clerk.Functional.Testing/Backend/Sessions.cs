using System.Linq;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary><c>/sessions</c>: create for a user (optionally with an active organization), get, list, revoke, and tokens.</summary>
internal static class Sessions
{
    private const long Day = 86_400_000;

    public static (State State, SessionRow? Session, BackendResponse? Error) Open(State s, string userId, string? orgId, Context c)
    {
        if (!s.Users.TryGetValue(userId, out var user)) return (s, null, ClerkErrors.NotFound("User"));
        if (user.Banned) return (s, null, ClerkErrors.Unprocessable("user_banned", "The user is banned."));
        if (orgId is not null)
        {
            if (Query.OrgByIdOrSlug(s, orgId) is not { } org) return (s, null, ClerkErrors.NotFound("Organization"));
            if (Query.Membership(s, org.Id, userId) is null)
                return (s, null, ClerkErrors.Unprocessable("not_a_member_in_organization", "The user is not a member of the organization.", "active_organization_id"));
            orgId = org.Id;
        }
        var (next, seq, id) = Allocation.Next(s, "sess", c);
        var (withClient, _, clientId) = Allocation.Next(next, "client", c);
        var session = new SessionRow(seq, id, userId, clientId, "active", orgId, c.Now, c.Now + 7 * Day, c.Now + 30 * Day, c.Now, c.Now);
        var signedIn = user with { LastSignInAt = c.Now, LastActiveAt = c.Now };
        return (withClient with { Sessions = withClient.Sessions.Add(id, session), Users = withClient.Users.SetItem(userId, signedIn) }, session, null);
    }

    public static Outcome Create(State s, Input i, Context c)
    {
        if (i.String("user_id") is not { } userId) return Outcome.Fail(s, ClerkErrors.Missing("user_id"));
        var (next, session, error) = Open(s, userId, i.String("active_organization_id"), c);
        return error is not null ? Outcome.Fail(s, error) : Outcome.Ok(next, Render.Session(session!));
    }

    public static Outcome Get(State s, Input i, Context c) =>
        s.Sessions.TryGetValue(i["session_id"], out var x) ? Outcome.Ok(s, Render.Session(x)) : Outcome.Fail(s, ClerkErrors.NotFound("Session"));

    public static Outcome List(State s, Input i, Context c)
    {
        var (limit, offset, error) = Query.Paging(i);
        if (error is not null) return Outcome.Fail(s, error);
        var userId = i.Query("user_id");
        var clientId = i.Query("client_id");
        var status = i.Query("status");
        var all = s.Sessions.Values.Where(x => (userId is null || x.UserId == userId) && (clientId is null || x.ClientId == clientId) && (status is null || x.Status == status))
            .OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Seq).ToList();
        var page = all.Skip(offset).Take(limit).Select(x => (JsonNode)Render.Session(x));
        return Outcome.Ok(s, i.QueryFlag("paginated") ? Render.Page(page, all.Count) : Render.Array(page));
    }

    public static Outcome Revoke(State s, Input i, Context c)
    {
        if (!s.Sessions.TryGetValue(i["session_id"], out var x)) return Outcome.Fail(s, ClerkErrors.NotFound("Session"));
        var row = x with { Status = "revoked", UpdatedAt = c.Now };
        return Outcome.Ok(s with { Sessions = s.Sessions.SetItem(x.Id, row) }, Render.Session(row));
    }

    /// <summary>The claims of a token for an active session: its user, and its active organization with the member's role.</summary>
    public static SessionTokenClaims? ClaimsOf(State s, SessionRow x, System.TimeSpan lifetime)
    {
        if (x.Status != "active" || !s.Users.TryGetValue(x.UserId, out var user) || user.Banned) return null;
        var org = x.ActiveOrganizationId is { } id ? s.Orgs.GetValueOrDefault(id) : null;
        var membership = org is null ? null : Query.Membership(s, org.Id, x.UserId);
        return new SessionTokenClaims
        {
            UserId = x.UserId,
            SessionId = x.Id,
            OrganizationId = membership is null ? null : org!.Id,
            OrganizationSlug = membership is null ? null : org!.Slug,
            OrganizationRole = membership?.Role,
            // Clerk leaves the system permissions (org:sys_*) out of session tokens.
            Permissions = membership is null ? [] : Roles.Permissions(membership.Role).Where(p => !p.StartsWith("org:sys_", System.StringComparison.Ordinal)).ToList(),
            Lifetime = lifetime,
        };
    }

    public static Outcome Token(State s, Input i, Context c)
    {
        if (!s.Sessions.TryGetValue(i["session_id"], out var x)) return Outcome.Fail(s, ClerkErrors.NotFound("Session"));
        if (i.Route.ContainsKey("template_name"))
            return Outcome.Fail(s, ClerkErrors.NotFound($"JWT template {i["template_name"]}"));
        var seconds = i.Long("expires_in_seconds") ?? 60;
        if (seconds is < 1 or > 315_360_000) return Outcome.Fail(s, ClerkErrors.Invalid("expires_in_seconds", "expires_in_seconds must be between 1 and 315360000."));
        if (ClaimsOf(s, x, System.TimeSpan.FromSeconds(seconds)) is not { } claims)
            return Outcome.Fail(s, ClerkErrors.Unprocessable("session_not_active", "Tokens are issued only for active sessions of users who are not banned."));
        var jwt = c.Signer.Sign(SessionTokenSigner.Claims(claims, c.Signer.Issuer, c.Now / 1000));
        return Outcome.Ok(s, new JsonObject { ["object"] = "token", ["jwt"] = jwt });
    }
}
