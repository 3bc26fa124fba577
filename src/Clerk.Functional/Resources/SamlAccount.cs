using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A SAML account of a user (superseded by <see cref="EnterpriseAccount"/>).</summary>
public sealed record SamlAccount
{
    /// <summary>The SAML account's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>saml_account</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The SAML provider, e.g. <c>saml_okta</c>.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>Whether the account is active.</summary>
    [JsonInclude]
    public bool Active { get; internal set; }

    /// <summary>The account's email address.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>The first name from the identity provider.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The last name from the identity provider.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>The unique ID of the user in the identity provider.</summary>
    [JsonInclude]
    public string? ProviderUserId { get; internal set; }

    /// <summary>The time of last authentication.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastAuthenticatedAt { get; internal set; }

    /// <summary>Public metadata of the account (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }

    /// <summary>The SAML connection the account belongs to.</summary>
    [JsonInclude]
    public SamlAccountConnection? SamlConnection { get; internal set; }
}

/// <summary>The SAML connection of a <see cref="SamlAccount"/>.</summary>
public sealed record SamlAccountConnection
{
    /// <summary>The connection's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The connection's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>Deprecated: use <see cref="Domains"/>.</summary>
    [JsonInclude]
    public string? Domain { get; internal set; }

    /// <summary>The connection's domains.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Domains { get => field ?? []; internal set; }

    /// <summary>Whether the connection is active.</summary>
    [JsonInclude]
    public bool Active { get; internal set; }

    /// <summary>The SAML provider.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>Whether user attributes are synced on each sign-in.</summary>
    [JsonInclude]
    public bool SyncUserAttributes { get; internal set; }

    /// <summary>Whether subdomains of the domains are allowed.</summary>
    [JsonInclude]
    public bool? AllowSubdomains { get; internal set; }

    /// <summary>Whether IdP-initiated sign-in is allowed.</summary>
    [JsonInclude]
    public bool? AllowIdpInitiated { get; internal set; }

    /// <summary>Whether additional identifications are disabled for its users.</summary>
    [JsonInclude]
    public bool? DisableAdditionalIdentifications { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
