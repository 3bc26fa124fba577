using System.Collections.Generic;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

/// <summary>The body of <see cref="EnterpriseConnectionsApi.UpdateEnterpriseConnection"/>. Only set members are sent;
/// nested members are snake_cased too, as <c>@clerk/backend</c> sends them.</summary>
public sealed record UpdateEnterpriseConnectionParams
{
    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The verified domains; a non-empty list replaces the existing ones, an empty list changes nothing.</summary>
    public IReadOnlyList<string>? Domains { get; init; }

    /// <summary>The organization to link the connection to (linking only; it cannot be unlinked).</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Whether the connection is active.</summary>
    public bool? Active { get; init; }

    /// <summary>Whether the user's attributes are updated on each sign-in.</summary>
    public bool? SyncUserAttributes { get; init; }

    /// <summary>Whether additional identifications are disabled.</summary>
    public bool? DisableAdditionalIdentifications { get; init; }

    /// <summary>Whether existing members of the organization can link their account to their enterprise identity.</summary>
    public bool? AllowOrganizationAccountLinking { get; init; }

    /// <summary>The custom attribute mappings.</summary>
    public IReadOnlyList<EnterpriseConnectionCustomAttributeParams>? CustomAttributes { get; init; }

    /// <summary>Whether the connection can be used for sign-in and sign-up (typed by <c>@clerk/backend</c>; Clerk's
    /// specification does not declare it).</summary>
    public bool? Authenticatable { get; init; }

    /// <summary>Whether Just-in-Time provisioning is disabled (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public bool? DisableJitProvisioning { get; init; }

    /// <summary>Deprecated by <c>@clerk/backend</c>: the provider cannot be changed, Clerk ignores it (and its specification
    /// does not declare it). Sent when set, as JS does.</summary>
    public string? Provider { get; init; }

    /// <summary>The OAuth (OIDC) configuration changes.</summary>
    public EnterpriseConnectionOidcParams? Oidc { get; init; }

    /// <summary>The SAML configuration changes.</summary>
    public EnterpriseConnectionSamlParams? Saml { get; init; }
}

public static partial class EnterpriseConnectionsRequests
{
    /// <summary><c>PATCH /enterprise_connections/{enterprise_connection_id}</c>.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<EnterpriseConnection>> UpdateEnterpriseConnection(string enterpriseConnectionId, UpdateEnterpriseConnectionParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.UpdateEnterpriseConnectionParams)
        from call in ApiCall.Of(HttpVerb.Patch, EnterpriseConnections.ThenId(enterpriseConnectionId), Decode.Json(Ctx.EnterpriseConnection), body)
        select call;
}

public sealed partial class EnterpriseConnectionsApi
{
    /// <summary><c>PATCH /enterprise_connections/{enterprise_connection_id}</c>: updates an enterprise connection.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EnterpriseConnection>> UpdateEnterpriseConnection(string enterpriseConnectionId, UpdateEnterpriseConnectionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(EnterpriseConnectionsRequests.UpdateEnterpriseConnection(enterpriseConnectionId, parameters), cancellationToken);
}
