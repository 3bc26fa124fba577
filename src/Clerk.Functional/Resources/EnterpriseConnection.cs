using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An enterprise connection: a SAML or OIDC identity provider that users on its domains sign in with.</summary>
public sealed record EnterpriseConnection
{
    /// <summary>The object type: <c>enterprise_connection</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The enterprise connection's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The display name of the connection.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The identity provider, e.g. <c>saml_custom</c> or <c>oidc_custom</c>.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>The public URL of the provider's logo, or null.</summary>
    [JsonInclude]
    public string? LogoPublicUrl { get; internal set; }

    /// <summary>Whether the connection is active.</summary>
    [JsonInclude]
    public bool Active { get; internal set; }

    /// <summary>The domains associated with the connection.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Domains { get => field ?? []; internal set; }

    /// <summary>The ID of the organization the connection is linked to, or null.</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>Whether the user's attributes are updated on each sign-in.</summary>
    [JsonInclude]
    public bool SyncUserAttributes { get; internal set; }

    /// <summary>Deprecated by <c>@clerk/backend</c> (Clerk does not send it at the top level): use
    /// <see cref="EnterpriseConnectionSamlConnection.AllowSubdomains"/>. Null when not sent.</summary>
    [JsonInclude]
    public bool? AllowSubdomains { get; internal set; }

    /// <summary>Whether users cannot add additional identifications when using this connection.</summary>
    [JsonInclude]
    public bool DisableAdditionalIdentifications { get; internal set; }

    /// <summary>Whether the connection supports account linking via organization membership.</summary>
    [JsonInclude]
    public bool AllowOrganizationAccountLinking { get; internal set; }

    /// <summary>Whether the connection can be used for sign-in and sign-up.</summary>
    [JsonInclude]
    public bool Authenticatable { get; internal set; }

    /// <summary>Whether Just-in-Time provisioning of users is disabled.</summary>
    [JsonInclude]
    public bool DisableJitProvisioning { get; internal set; }

    /// <summary>The custom attributes mapped from the IdP to the user's profile via SSO or SCIM provisioning.</summary>
    [JsonInclude]
    public IReadOnlyList<EnterpriseConnectionCustomAttribute> CustomAttributes { get => field ?? []; internal set; }

    /// <summary>The SAML configuration, present when the connection uses SAML.</summary>
    [JsonInclude]
    public EnterpriseConnectionSamlConnection? SamlConnection { get; internal set; }

    /// <summary>The OAuth (OIDC) configuration, present when the connection uses OIDC or EASIE.</summary>
    [JsonInclude]
    public EnterpriseConnectionOauthConfig? OauthConfig { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>A custom attribute of an <see cref="EnterpriseConnection"/>: where its value is read from and the metadata key it is stored under.</summary>
public sealed record EnterpriseConnectionCustomAttribute
{
    /// <summary>The display name of the attribute.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The key the attribute is stored under in the user's metadata.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }

    /// <summary>The path of the value in SSO claims (SAML assertions or OIDC claims), or null.</summary>
    [JsonInclude]
    public string? SsoPath { get; internal set; }

    /// <summary>The GJSON path of the value in SCIM user resources, or null.</summary>
    [JsonInclude]
    public string? ScimPath { get; internal set; }

    /// <summary>The GJSON path of the value in directory sync user resources (the same value as <see cref="ScimPath"/>), or null.</summary>
    [JsonInclude]
    public string? DirectoryPath { get; internal set; }

    /// <summary>Whether the attribute holds multiple values (written to public metadata as an array).</summary>
    [JsonInclude]
    public bool MultiValued { get; internal set; }
}

/// <summary>The SAML configuration of an <see cref="EnterpriseConnection"/>.</summary>
public sealed record EnterpriseConnectionSamlConnection
{
    /// <summary>The SAML connection's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The SAML connection's display name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The IdP entity ID, or null.</summary>
    [JsonInclude]
    public string? IdpEntityId { get; internal set; }

    /// <summary>The IdP single sign-on URL, or null.</summary>
    [JsonInclude]
    public string? IdpSsoUrl { get; internal set; }

    /// <summary>The IdP certificate (PEM), or null (typed by <c>@clerk/backend</c>; not in Clerk's specification).</summary>
    [JsonInclude]
    public string? IdpCertificate { get; internal set; }

    /// <summary>The start of the IdP certificate's validity, or null (typed by <c>@clerk/backend</c>).</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? IdpCertificateIssuedAt { get; internal set; }

    /// <summary>The end of the IdP certificate's validity, or null (typed by <c>@clerk/backend</c>).</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? IdpCertificateExpiresAt { get; internal set; }

    /// <summary>The IdP signing certificates (typed by <c>@clerk/backend</c>); empty when not sent.</summary>
    [JsonInclude]
    public IReadOnlyList<SamlConnectionIdpCertificate> IdpCertificates { get => field ?? []; internal set; }

    /// <summary>The IdP metadata URL, or null.</summary>
    [JsonInclude]
    public string? IdpMetadataUrl { get; internal set; }

    /// <summary>The raw IdP metadata XML, or null (<c>@clerk/backend</c> notes that Clerk does not send it).</summary>
    [JsonInclude]
    public string? IdpMetadata { get; internal set; }

    /// <summary>The Assertion Consumer Service URL, or null.</summary>
    [JsonInclude]
    public string? AcsUrl { get; internal set; }

    /// <summary>The Service Provider entity ID, or null.</summary>
    [JsonInclude]
    public string? SpEntityId { get; internal set; }

    /// <summary>The Service Provider metadata URL, or null.</summary>
    [JsonInclude]
    public string? SpMetadataUrl { get; internal set; }

    /// <summary>Deprecated by <c>@clerk/backend</c> (Clerk does not send it here): use <see cref="EnterpriseConnection.SyncUserAttributes"/>. Null when not sent.</summary>
    [JsonInclude]
    public bool? SyncUserAttributes { get; internal set; }

    /// <summary>Whether the SAML connection is active.</summary>
    [JsonInclude]
    public bool Active { get; internal set; }

    /// <summary>Whether IdP-initiated sign-in is allowed.</summary>
    [JsonInclude]
    public bool AllowIdpInitiated { get; internal set; }

    /// <summary>Whether subdomains of the domains match too.</summary>
    [JsonInclude]
    public bool AllowSubdomains { get; internal set; }

    /// <summary>Whether re-authentication is forced at the IdP (ForceAuthn).</summary>
    [JsonInclude]
    public bool ForceAuthn { get; internal set; }

    /// <summary>The <c>login_hint</c> sent to the IdP, or null.</summary>
    [JsonInclude]
    public SamlLoginHint? LoginHint { get; internal set; }
}

/// <summary>The OAuth (OIDC) configuration of an <see cref="EnterpriseConnection"/>.</summary>
public sealed record EnterpriseConnectionOauthConfig
{
    /// <summary>The OAuth config's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The display name of the custom OIDC provider.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The OAuth provider key, e.g. <c>oidc_custom</c>.</summary>
    [JsonInclude]
    public string ProviderKey { get => field ?? ""; internal set; }

    /// <summary>The OAuth client ID, or null.</summary>
    [JsonInclude]
    public string? ClientId { get; internal set; }

    /// <summary>The OIDC discovery URL, or null.</summary>
    [JsonInclude]
    public string? DiscoveryUrl { get; internal set; }

    /// <summary>The authorization endpoint URL, or null.</summary>
    [JsonInclude]
    public string? AuthUrl { get; internal set; }

    /// <summary>The token endpoint URL, or null.</summary>
    [JsonInclude]
    public string? TokenUrl { get; internal set; }

    /// <summary>The userinfo endpoint URL, or null.</summary>
    [JsonInclude]
    public string? UserInfoUrl { get; internal set; }

    /// <summary>Whether PKCE is required for this OAuth client.</summary>
    [JsonInclude]
    public bool RequiresPkce { get; internal set; }

    /// <summary>The provider's logo URL, or null.</summary>
    [JsonInclude]
    public string? LogoPublicUrl { get; internal set; }

    /// <summary>The time of creation, or null when not sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>The time of last update, or null when not sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>One IdP signing certificate of a SAML connection.</summary>
public sealed record SamlConnectionIdpCertificate
{
    /// <summary>The certificate (PEM).</summary>
    [JsonInclude]
    public string Certificate { get => field ?? ""; internal set; }

    /// <summary>The start of its validity (X.509 NotBefore), or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? IssuedAt { get; internal set; }

    /// <summary>The end of its validity (X.509 NotAfter), or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ExpiresAt { get; internal set; }
}

/// <summary>The <c>login_hint</c> a SAML connection sends to the IdP on SSO sign-in.</summary>
public sealed record SamlLoginHint
{
    /// <summary>How the hint is chosen.</summary>
    [JsonInclude]
    public SamlLoginHintMode Mode { get; internal set; }

    /// <summary>With <c>custom_attribute</c>: the public metadata key whose value is sent; otherwise null.</summary>
    [JsonInclude]
    public string? Source { get; internal set; }
}

/// <summary>How a SAML connection chooses the <c>login_hint</c>: <c>email_address</c> (the typed identifier),
/// <c>custom_attribute</c> (a public metadata value), <c>off</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<SamlLoginHintMode>))]
public readonly record struct SamlLoginHintMode(string Value) : IOpenEnum<SamlLoginHintMode>
{
    /// <summary><c>email_address</c></summary>
    public static readonly SamlLoginHintMode EmailAddress = new("email_address");
    /// <summary><c>custom_attribute</c></summary>
    public static readonly SamlLoginHintMode CustomAttribute = new("custom_attribute");
    /// <summary><c>off</c></summary>
    public static readonly SamlLoginHintMode Off = new("off");

    /// <inheritdoc />
    public static SamlLoginHintMode From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The identity provider of an enterprise connection: <c>saml_custom</c>, <c>saml_okta</c>, <c>saml_google</c>,
/// <c>saml_microsoft</c>, <c>oidc_custom</c>, <c>oidc_github_enterprise</c>, <c>oidc_gitlab</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<EnterpriseConnectionProvider>))]
public readonly record struct EnterpriseConnectionProvider(string Value) : IOpenEnum<EnterpriseConnectionProvider>
{
    /// <summary><c>saml_custom</c></summary>
    public static readonly EnterpriseConnectionProvider SamlCustom = new("saml_custom");
    /// <summary><c>saml_okta</c></summary>
    public static readonly EnterpriseConnectionProvider SamlOkta = new("saml_okta");
    /// <summary><c>saml_google</c></summary>
    public static readonly EnterpriseConnectionProvider SamlGoogle = new("saml_google");
    /// <summary><c>saml_microsoft</c></summary>
    public static readonly EnterpriseConnectionProvider SamlMicrosoft = new("saml_microsoft");
    /// <summary><c>oidc_custom</c></summary>
    public static readonly EnterpriseConnectionProvider OidcCustom = new("oidc_custom");
    /// <summary><c>oidc_github_enterprise</c></summary>
    public static readonly EnterpriseConnectionProvider OidcGithubEnterprise = new("oidc_github_enterprise");
    /// <summary><c>oidc_gitlab</c></summary>
    public static readonly EnterpriseConnectionProvider OidcGitlab = new("oidc_gitlab");

    /// <inheritdoc />
    public static EnterpriseConnectionProvider From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
