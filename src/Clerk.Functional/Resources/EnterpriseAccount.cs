using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An enterprise (SAML or OIDC) account of a user.</summary>
public sealed record EnterpriseAccount
{
    /// <summary>The enterprise account's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>enterprise_account</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The authentication protocol used to sign in.</summary>
    public EnterpriseProtocol? Protocol { get; init; }

    /// <summary>The provider, e.g. <c>saml_okta</c>.</summary>
    public string Provider { get => field ?? ""; init; }

    /// <summary>Whether the account is active.</summary>
    public bool Active { get; init; }

    /// <summary>The account's email address.</summary>
    public string EmailAddress { get => field ?? ""; init; }

    /// <summary>The first name from the identity provider.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name from the identity provider.</summary>
    public string? LastName { get; init; }

    /// <summary>The unique ID of the user in the external provider's system.</summary>
    public string? ProviderUserId { get; init; }

    /// <summary>The ID of the enterprise connection.</summary>
    public string? EnterpriseConnectionId { get; init; }

    /// <summary>Public metadata of the account (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }

    /// <summary>The enterprise connection the account belongs to.</summary>
    public EnterpriseAccountConnection? EnterpriseConnection { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last authentication.</summary>
    public long? LastAuthenticatedAt { get; init; }
}

/// <summary>The enterprise connection of an <see cref="EnterpriseAccount"/>.</summary>
public sealed record EnterpriseAccountConnection
{
    /// <summary>The connection's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type, <c>enterprise_account_connection</c> when sent (not in the spec).</summary>
    public string? Object { get; init; }

    /// <summary>The connection's protocol.</summary>
    public EnterpriseProtocol Protocol { get; init; }

    /// <summary>The provider, e.g. <c>saml_okta</c>.</summary>
    public string Provider { get => field ?? ""; init; }

    /// <summary>The connection's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The public URL of the connection's logo.</summary>
    public string? LogoPublicUrl { get; init; }

    /// <summary>Deprecated: use <see cref="Domains"/>.</summary>
    public string? Domain { get; init; }

    /// <summary>The connection's domains.</summary>
    public IReadOnlyList<string> Domains { get => field ?? []; init; }

    /// <summary>Whether the connection is active.</summary>
    public bool Active { get; init; }

    /// <summary>Whether user attributes are synced on each sign-in.</summary>
    public bool SyncUserAttributes { get; init; }

    /// <summary>Whether subdomains of the domains are allowed.</summary>
    public bool AllowSubdomains { get; init; }

    /// <summary>Whether IdP-initiated sign-in is allowed.</summary>
    public bool AllowIdpInitiated { get; init; }

    /// <summary>Whether additional identifications are disabled for its users.</summary>
    public bool DisableAdditionalIdentifications { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
