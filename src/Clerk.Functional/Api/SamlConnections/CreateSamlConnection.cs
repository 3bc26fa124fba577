using System.Collections.Generic;
using Clerk.Functional.Api.EnterpriseConnections;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SamlConnections;

/// <summary>The body of <see cref="SamlConnectionsApi.CreateSamlConnection"/>. Only set members are sent; the attribute
/// mapping's members are snake_cased too, as <c>@clerk/backend</c> sends them. Clerk needs <see cref="Domain"/> or <see cref="Domains"/>.</summary>
public sealed record CreateSamlConnectionParams
{
    /// <summary>The label of the connection.</summary>
    public required string Name { get; init; }

    /// <summary>The IdP provider.</summary>
    public required SamlIdpSlug Provider { get; init; }

    /// <summary>The domain whose email addresses sign in with this connection (required by <c>@clerk/backend</c>'s types;
    /// deprecated by Clerk's specification in favour of <see cref="Domains"/>).</summary>
    public string? Domain { get; init; }

    /// <summary>The domains whose email addresses sign in with this connection (a member of Clerk's specification that
    /// <c>@clerk/backend</c> does not type).</summary>
    public IReadOnlyList<string>? Domains { get; init; }

    /// <summary>The organization users of the connection are added to.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The Entity ID as provided by the IdP.</summary>
    public string? IdpEntityId { get; init; }

    /// <summary>The single sign-on URL as provided by the IdP.</summary>
    public string? IdpSsoUrl { get; init; }

    /// <summary>The X.509 certificate as provided by the IdP. Deprecated by <c>@clerk/backend</c>: use <see cref="IdpCertificates"/>.</summary>
    public string? IdpCertificate { get; init; }

    /// <summary>The IdP signing certificates (PEM), one per entry (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public IReadOnlyList<string>? IdpCertificates { get; init; }

    /// <summary>The URL that serves the IdP metadata; it takes priority over the individual IdP members.</summary>
    public string? IdpMetadataUrl { get; init; }

    /// <summary>The XML content of the IdP metadata; it takes priority over the individual IdP members.</summary>
    public string? IdpMetadata { get; init; }

    /// <summary>The attribute mapping.</summary>
    public SamlConnectionAttributeMappingParams? AttributeMapping { get; init; }

    /// <summary>Whether re-authentication is forced at the IdP (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? ForceAuthn { get; init; }

    /// <summary>The <c>login_hint</c> sent to the IdP (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public EnterpriseConnectionSamlLoginHintParams? LoginHint { get; init; }
}

public static partial class SamlConnectionsRequests
{
    /// <summary><c>POST /saml_connections</c>.</summary>
    /// <param name="parameters">The connection.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public static Either<ClerkError, ApiCall<SamlConnection>> CreateSamlConnection(CreateSamlConnectionParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, SamlConnections, Decode.Json(Ctx.SamlConnection), ClerkJson.Body(parameters, Ctx.CreateSamlConnectionParams));
}

public sealed partial class SamlConnectionsApi
{
    /// <summary><c>POST /saml_connections</c>: creates a SAML connection (deprecated: use <c>EnterpriseConnections.CreateEnterpriseConnection</c>).</summary>
    /// <param name="parameters">The connection.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Aff<Either<ClerkError, SamlConnection>> CreateSamlConnection(CreateSamlConnectionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(SamlConnectionsRequests.CreateSamlConnection(parameters), cancellationToken);
}
