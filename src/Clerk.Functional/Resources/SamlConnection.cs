using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A SAML connection (superseded by <see cref="EnterpriseConnection"/>).</summary>
public sealed record SamlConnection
{
    /// <summary>The object type: <c>saml_connection</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The SAML connection's ID.</summary>
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

    /// <summary>The ID of the organization users of the connection are added to, or null.</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>The Entity ID as provided by the IdP, or null.</summary>
    [JsonInclude]
    public string? IdpEntityId { get; internal set; }

    /// <summary>The single sign-on URL as provided by the IdP, or null.</summary>
    [JsonInclude]
    public string? IdpSsoUrl { get; internal set; }

    /// <summary>The X.509 certificate as provided by the IdP, or null.</summary>
    [JsonInclude]
    public string? IdpCertificate { get; internal set; }

    /// <summary>The start of the IdP certificate's validity (X.509 NotBefore), or null when no certificate is configured.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? IdpCertificateIssuedAt { get; internal set; }

    /// <summary>The end of the IdP certificate's validity (X.509 NotAfter), or null when no certificate is configured.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? IdpCertificateExpiresAt { get; internal set; }

    /// <summary>The IdP signing certificates (typed by <c>@clerk/backend</c>; not in Clerk's specification); empty when not sent.</summary>
    [JsonInclude]
    public IReadOnlyList<SamlConnectionIdpCertificate> IdpCertificates { get => field ?? []; internal set; }

    /// <summary>The URL that serves the IdP metadata, or null.</summary>
    [JsonInclude]
    public string? IdpMetadataUrl { get; internal set; }

    /// <summary>The XML content of the IdP metadata, or null.</summary>
    [JsonInclude]
    public string? IdpMetadata { get; internal set; }

    /// <summary>The Assertion Consumer Service URL.</summary>
    [JsonInclude]
    public string AcsUrl { get => field ?? ""; internal set; }

    /// <summary>The Service Provider entity ID.</summary>
    [JsonInclude]
    public string SpEntityId { get => field ?? ""; internal set; }

    /// <summary>The Service Provider metadata URL.</summary>
    [JsonInclude]
    public string SpMetadataUrl { get => field ?? ""; internal set; }

    /// <summary>How IdP attributes map to the user's properties, or null.</summary>
    [JsonInclude]
    public AttributeMapping? AttributeMapping { get; internal set; }

    /// <summary>Whether the connection is active.</summary>
    [JsonInclude]
    public bool Active { get; internal set; }

    /// <summary>The IdP provider, e.g. <c>saml_okta</c>.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>The number of users of the connection.</summary>
    [JsonInclude]
    public int UserCount { get; internal set; }

    /// <summary>Whether the user's attributes are updated on each sign-in.</summary>
    [JsonInclude]
    public bool SyncUserAttributes { get; internal set; }

    /// <summary>Whether users with an email address on a subdomain may use the connection.</summary>
    [JsonInclude]
    public bool AllowSubdomains { get; internal set; }

    /// <summary>Whether IdP-initiated flows are allowed.</summary>
    [JsonInclude]
    public bool AllowIdpInitiated { get; internal set; }

    /// <summary>Whether additional identifications are disabled for its users.</summary>
    [JsonInclude]
    public bool DisableAdditionalIdentifications { get; internal set; }

    /// <summary>Whether the connection supports account linking via organization membership.</summary>
    [JsonInclude]
    public bool AllowOrganizationAccountLinking { get; internal set; }

    /// <summary>Whether the connection can be used for sign-in and sign-up (required by Clerk's specification, which does not describe it).</summary>
    [JsonInclude]
    public bool Authenticatable { get; internal set; }

    /// <summary>Whether re-authentication is forced at the IdP (ForceAuthn).</summary>
    [JsonInclude]
    public bool ForceAuthn { get; internal set; }

    /// <summary>The <c>login_hint</c> sent to the IdP, or null.</summary>
    [JsonInclude]
    public SamlLoginHint? LoginHint { get; internal set; }

    /// <summary>Whether Just-in-Time provisioning is disabled (required by Clerk's specification, which does not describe it).</summary>
    [JsonInclude]
    public bool DisableJitProvisioning { get; internal set; }

    /// <summary>The ID of the enterprise connection this SAML connection belongs to, or null.</summary>
    [JsonInclude]
    public string? EnterpriseConnectionId { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>The names of the IdP attributes that map to a user's properties, of a <see cref="SamlConnection"/>.</summary>
public sealed record AttributeMapping
{
    /// <summary>The attribute holding the user ID.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The attribute holding the email address.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>The attribute holding the first name.</summary>
    [JsonInclude]
    public string FirstName { get => field ?? ""; internal set; }

    /// <summary>The attribute holding the last name.</summary>
    [JsonInclude]
    public string LastName { get => field ?? ""; internal set; }
}

/// <summary>The IdP provider of a SAML connection: <c>saml_custom</c>, <c>saml_okta</c>, <c>saml_google</c>,
/// <c>saml_microsoft</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<SamlIdpSlug>))]
public readonly record struct SamlIdpSlug(string Value) : IOpenEnum<SamlIdpSlug>
{
    /// <summary><c>saml_custom</c></summary>
    public static readonly SamlIdpSlug SamlCustom = new("saml_custom");
    /// <summary><c>saml_okta</c></summary>
    public static readonly SamlIdpSlug SamlOkta = new("saml_okta");
    /// <summary><c>saml_google</c></summary>
    public static readonly SamlIdpSlug SamlGoogle = new("saml_google");
    /// <summary><c>saml_microsoft</c></summary>
    public static readonly SamlIdpSlug SamlMicrosoft = new("saml_microsoft");

    /// <inheritdoc />
    public static SamlIdpSlug From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
