using System.Collections.Generic;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

/// <summary>The OAuth (OIDC) configuration of a created or updated enterprise connection (<c>oidc</c>). Only set members are sent.</summary>
public sealed record EnterpriseConnectionOidcParams
{
    /// <summary>The authorization URL.</summary>
    public string? AuthUrl { get; init; }

    /// <summary>The client ID.</summary>
    public string? ClientId { get; init; }

    /// <summary>The client secret (redacted in <c>ToString</c>).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The discovery URL.</summary>
    public string? DiscoveryUrl { get; init; }

    /// <summary>Whether PKCE is required; must be <c>true</c> for public clients with no client secret.</summary>
    public bool? RequiresPkce { get; init; }

    /// <summary>The token URL.</summary>
    public string? TokenUrl { get; init; }

    /// <summary>The user info URL.</summary>
    public string? UserInfoUrl { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(ClientSecret));
}

/// <summary>The SAML configuration of a created or updated enterprise connection (<c>saml</c>). Only set members are sent.</summary>
public sealed record EnterpriseConnectionSamlParams
{
    /// <summary>The SAML connection's display name (on update; a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? Name { get; init; }

    /// <summary>Whether IdP-initiated flows are allowed.</summary>
    public bool? AllowIdpInitiated { get; init; }

    /// <summary>Whether users with an email address on a subdomain may use the connection.</summary>
    public bool? AllowSubdomains { get; init; }

    /// <summary>The attribute mapping.</summary>
    public EnterpriseConnectionSamlAttributeMappingParams? AttributeMapping { get; init; }

    /// <summary>Whether re-authentication is forced at the IdP (ForceAuthn).</summary>
    public bool? ForceAuthn { get; init; }

    /// <summary>The IdP certificate (PEM). Deprecated by <c>@clerk/backend</c>: use <see cref="IdpCertificates"/>.</summary>
    public string? IdpCertificate { get; init; }

    /// <summary>The IdP signing certificates (PEM), one per entry; they replace every certificate the connection trusts
    /// (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public IReadOnlyList<string>? IdpCertificates { get; init; }

    /// <summary>The IdP entity ID.</summary>
    public string? IdpEntityId { get; init; }

    /// <summary>The raw IdP metadata XML.</summary>
    public string? IdpMetadata { get; init; }

    /// <summary>The IdP metadata URL.</summary>
    public string? IdpMetadataUrl { get; init; }

    /// <summary>The IdP single sign-on URL.</summary>
    public string? IdpSsoUrl { get; init; }

    /// <summary>The <c>login_hint</c> the connection sends to the IdP.</summary>
    public EnterpriseConnectionSamlLoginHintParams? LoginHint { get; init; }
}

/// <summary>The SAML attribute mapping of an enterprise connection (<c>saml.attribute_mapping</c>). Unset members are not
/// sent; null is sent as null.</summary>
public sealed record EnterpriseConnectionSamlAttributeMappingParams
{
    /// <summary>The attribute holding the user ID.</summary>
    public Optional<string?> UserId { get; init; }

    /// <summary>The attribute holding the email address.</summary>
    public Optional<string?> EmailAddress { get; init; }

    /// <summary>The attribute holding the first name.</summary>
    public Optional<string?> FirstName { get; init; }

    /// <summary>The attribute holding the last name.</summary>
    public Optional<string?> LastName { get; init; }
}

/// <summary>The <c>login_hint</c> configuration of a SAML enterprise connection (<c>saml.login_hint</c>).</summary>
public sealed record EnterpriseConnectionSamlLoginHintParams
{
    /// <summary>How the hint is chosen: <c>email_address</c> sends the typed identifier, <c>custom_attribute</c> the public
    /// metadata value named by <see cref="Source"/>, <c>off</c> nothing.</summary>
    public required SamlLoginHintMode Mode { get; init; }

    /// <summary>With <c>custom_attribute</c> only: the user's public metadata key to read the hint from.</summary>
    public string? Source { get; init; }
}

/// <summary>A custom attribute mapping of an enterprise connection (<c>custom_attributes[]</c>). Only set members are sent.</summary>
public sealed record EnterpriseConnectionCustomAttributeParams
{
    /// <summary>The display name of the attribute.</summary>
    public required string Name { get; init; }

    /// <summary>The key the attribute is stored under.</summary>
    public required string Key { get; init; }

    /// <summary>The SSO (SAML or OIDC) attribute path to read the value from.</summary>
    public string? SsoPath { get; init; }

    /// <summary>The SCIM attribute path to read the value from.</summary>
    public string? ScimPath { get; init; }

    /// <summary>The directory sync attribute path (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? DirectoryPath { get; init; }

    /// <summary>Whether the attribute holds multiple values.</summary>
    public bool? MultiValued { get; init; }
}
