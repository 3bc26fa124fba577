using System.Collections.Generic;
using Clerk.Functional.Api.EnterpriseConnections;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SamlConnections;

/// <summary>The body of <see cref="SamlConnectionsApi.UpdateSamlConnection"/>. Only set members are sent (none: no body);
/// the attribute mapping's members are snake_cased too, as <c>@clerk/backend</c> sends them.</summary>
public sealed record UpdateSamlConnectionParams
{
    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The IdP provider (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public SamlIdpSlug? Provider { get; init; }

    /// <summary>The domain (deprecated by Clerk's specification in favour of <see cref="Domains"/>).</summary>
    public string? Domain { get; init; }

    /// <summary>The domains (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
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

    /// <summary>The URL that serves the IdP metadata; it takes priority over the individual IdP members and replaces them.</summary>
    public string? IdpMetadataUrl { get; init; }

    /// <summary>The XML content of the IdP metadata; it takes priority over the individual IdP members.</summary>
    public string? IdpMetadata { get; init; }

    /// <summary>The attribute mapping.</summary>
    public SamlConnectionAttributeMappingParams? AttributeMapping { get; init; }

    /// <summary>Whether the connection is active.</summary>
    public bool? Active { get; init; }

    /// <summary>Whether the user's attributes are updated on each sign-in.</summary>
    public bool? SyncUserAttributes { get; init; }

    /// <summary>Whether users with an email address on a subdomain may use the connection.</summary>
    public bool? AllowSubdomains { get; init; }

    /// <summary>Whether IdP-initiated flows are allowed.</summary>
    public bool? AllowIdpInitiated { get; init; }

    /// <summary>Whether additional identifications are disabled (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? DisableAdditionalIdentifications { get; init; }

    /// <summary>Whether the connection supports account linking via organization membership (a member of Clerk's
    /// specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? AllowOrganizationAccountLinking { get; init; }

    /// <summary>Whether re-authentication is forced at the IdP (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? ForceAuthn { get; init; }

    /// <summary>The <c>login_hint</c> sent to the IdP (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public EnterpriseConnectionSamlLoginHintParams? LoginHint { get; init; }

    /// <summary>Consent to delete verified organization domains that clash with the connection's domains (a member of
    /// Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? ConsentVerifiedDomainsDeletion { get; init; }
}

public static partial class SamlConnectionsRequests
{
    /// <summary><c>PATCH /saml_connections/{saml_connection_id}</c>; with nothing set, no body, as <c>@clerk/backend</c> sends it.</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    /// <param name="parameters">The changes.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public static Either<ClerkError, ApiCall<SamlConnection>> UpdateSamlConnection(string samlConnectionId, UpdateSamlConnectionParams? parameters = null) =>
        from body in ClerkJson.Body(parameters ?? new UpdateSamlConnectionParams(), Ctx.UpdateSamlConnectionParams)
        from call in ApiCall.Of(HttpVerb.Patch, SamlConnections.ThenId(samlConnectionId), Decode.Json(Ctx.SamlConnection), body)
        select call;
}

public sealed partial class SamlConnectionsApi
{
    /// <summary><c>PATCH /saml_connections/{saml_connection_id}</c>: updates a SAML connection (deprecated: use <c>EnterpriseConnections.UpdateEnterpriseConnection</c>).</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Aff<Either<ClerkError, SamlConnection>> UpdateSamlConnection(string samlConnectionId, UpdateSamlConnectionParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(SamlConnectionsRequests.UpdateSamlConnection(samlConnectionId, parameters), cancellationToken);
}
