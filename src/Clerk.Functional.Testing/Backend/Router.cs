using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary>The routes the in-memory Clerk serves, one line each: method, path template (after <c>/v1</c>), handler.</summary>
internal static class Router
{
    private sealed record Route(string Method, string[] Segments, Handler Handler);

    private static Route R(string method, string template, Handler handler) => new(method, template.Trim('/').Split('/'), handler);

    private static readonly Route[] Routes =
    [
        R("GET", "/jwks", (s, i, c) => new Outcome(s, new BackendResponse(200, c.Signer.Jwks))),

        R("POST", "/users", Users.Create),
        R("GET", "/users", Users.List),
        R("GET", "/users/count", Users.Count),
        R("GET", "/users/{user_id}", Users.Get),
        R("PATCH", "/users/{user_id}", Users.Update),
        R("DELETE", "/users/{user_id}", Users.Delete),
        R("PATCH", "/users/{user_id}/metadata", Users.MergeMetadata),
        R("PUT", "/users/{user_id}/metadata", Users.ReplaceMetadata),
        R("POST", "/users/{user_id}/ban", Users.SetFlags(banned: true, locked: null)),
        R("POST", "/users/{user_id}/unban", Users.SetFlags(banned: false, locked: null)),
        R("POST", "/users/{user_id}/lock", Users.SetFlags(banned: null, locked: true)),
        R("POST", "/users/{user_id}/unlock", Users.SetFlags(banned: null, locked: false)),
        R("GET", "/users/{user_id}/organization_memberships", Users.OrganizationMemberships),

        R("POST", "/email_addresses", Identities.CreateEmail),
        R("GET", "/email_addresses/{email_address_id}", Identities.GetEmail),
        R("PATCH", "/email_addresses/{email_address_id}", Identities.UpdateEmail),
        R("DELETE", "/email_addresses/{email_address_id}", Identities.DeleteEmail),
        R("POST", "/phone_numbers", Identities.CreatePhone),
        R("GET", "/phone_numbers/{phone_number_id}", Identities.GetPhone),
        R("PATCH", "/phone_numbers/{phone_number_id}", Identities.UpdatePhone),
        R("DELETE", "/phone_numbers/{phone_number_id}", Identities.DeletePhone),

        R("POST", "/organizations", Organizations.Create),
        R("GET", "/organizations", Organizations.List),
        R("GET", "/organizations/{organization_id}", Organizations.Get),
        R("PATCH", "/organizations/{organization_id}", Organizations.Update),
        R("DELETE", "/organizations/{organization_id}", Organizations.Delete),
        R("PATCH", "/organizations/{organization_id}/metadata", Organizations.MergeMetadata),
        R("PUT", "/organizations/{organization_id}/metadata", Organizations.ReplaceMetadata),
        R("POST", "/organizations/{organization_id}/memberships", Organizations.CreateMembership),
        R("GET", "/organizations/{organization_id}/memberships", Organizations.ListMemberships),
        R("PATCH", "/organizations/{organization_id}/memberships/{user_id}", Organizations.UpdateMembership),
        R("DELETE", "/organizations/{organization_id}/memberships/{user_id}", Organizations.DeleteMembership),
        R("PATCH", "/organizations/{organization_id}/memberships/{user_id}/metadata", Organizations.MergeMembershipMetadata),
        R("POST", "/organizations/{organization_id}/invitations", Organizations.CreateInvitation),
        R("GET", "/organizations/{organization_id}/invitations", Organizations.ListInvitations),
        R("GET", "/organizations/{organization_id}/invitations/{invitation_id}", Organizations.GetInvitation),
        R("POST", "/organizations/{organization_id}/invitations/{invitation_id}/revoke", Organizations.RevokeInvitation),

        R("POST", "/invitations", Invitations.Create),
        R("GET", "/invitations", Invitations.List),
        R("POST", "/invitations/{invitation_id}/revoke", Invitations.Revoke),
        R("POST", "/allowlist_identifiers", Invitations.CreateIdentifier(allow: true)),
        R("GET", "/allowlist_identifiers", Invitations.ListIdentifiers(allow: true)),
        R("DELETE", "/allowlist_identifiers/{identifier_id}", Invitations.DeleteIdentifier(allow: true)),
        R("POST", "/blocklist_identifiers", Invitations.CreateIdentifier(allow: false)),
        R("GET", "/blocklist_identifiers", Invitations.ListIdentifiers(allow: false)),
        R("DELETE", "/blocklist_identifiers/{identifier_id}", Invitations.DeleteIdentifier(allow: false)),

        R("POST", "/sessions", Sessions.Create),
        R("GET", "/sessions", Sessions.List),
        R("GET", "/sessions/{session_id}", Sessions.Get),
        R("POST", "/sessions/{session_id}/revoke", Sessions.Revoke),
        R("POST", "/sessions/{session_id}/tokens", Sessions.Token),
        R("POST", "/sessions/{session_id}/tokens/{template_name}", Sessions.Token),
    ];

    /// <summary>The routes served, as <c>METHOD /v1/template</c> lines (for documentation and tests).</summary>
    public static IReadOnlyList<string> Served => Routes.Select(r => $"{r.Method} /v1/{string.Join('/', r.Segments)}").ToList();

    /// <summary>Answers one request against <paramref name="state"/>; never throws for a bad request.</summary>
    public static Outcome Handle(State state, BackendRequest request, Context context)
    {
        var path = request.Path.Split('?')[0];
        if (!path.StartsWith("/v1/", StringComparison.Ordinal)) return Outcome.Fail(state, ClerkErrors.NotImplemented(request.Route));
        var segments = path["/v1/".Length..].TrimEnd('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        foreach (var route in Routes.Where(r => r.Method == request.Method && r.Segments.Length == segments.Length))
        {
            if (Match(route.Segments, segments) is not { } values) continue;
            if (values.Values.Any(v => v.Length == 0)) return Outcome.Fail(state, ClerkErrors.NotFound("Resource"));
            JsonElement body;
            try
            {
                body = string.IsNullOrWhiteSpace(request.Body) ? default : JsonDocument.Parse(request.Body).RootElement.Clone();
            }
            catch (JsonException)
            {
                return Outcome.Fail(state, ClerkErrors.BadRequest("malformed_request", "The request body is not valid JSON."));
            }
            if (body.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
                return Outcome.Fail(state, ClerkErrors.BadRequest("malformed_request", "The request body must be a JSON object."));
            return route.Handler(state, new Input(values, request.Query, body), context);
        }
        return Outcome.Fail(state, ClerkErrors.NotImplemented($"{request.Method} {path}"));
    }

    private static Dictionary<string, string>? Match(string[] template, string[] segments)
    {
        var values = new Dictionary<string, string>();
        for (var k = 0; k < template.Length; k++)
        {
            if (template[k].StartsWith('{')) values[template[k].Trim('{', '}')] = segments[k];
            else if (template[k] != segments[k]) return null;
        }
        return values;
    }
}
