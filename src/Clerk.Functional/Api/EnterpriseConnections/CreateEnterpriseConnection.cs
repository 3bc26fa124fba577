using System.Collections.Generic;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

/// <summary>The body of <see cref="EnterpriseConnectionsApi.CreateEnterpriseConnection"/>. Only set members are sent;
/// nested members are snake_cased too, as <c>@clerk/backend</c> sends them.</summary>
public sealed record CreateEnterpriseConnectionParams
{
    /// <summary>The name of the connection.</summary>
    public required string Name { get; init; }

    /// <summary>The verified domains of the connection; at least one.</summary>
    public required IReadOnlyList<string> Domains { get; init; }

    /// <summary>The identity provider, e.g. <c>saml_custom</c> or <c>oidc_custom</c>.</summary>
    public required EnterpriseConnectionProvider Provider { get; init; }

    /// <summary>The organization the connection belongs to.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Whether the connection is active.</summary>
    public bool? Active { get; init; }

    /// <summary>Deprecated by <c>@clerk/backend</c>: Clerk ignores it on create (and its specification does not declare it);
    /// set it with <see cref="EnterpriseConnectionsApi.UpdateEnterpriseConnection"/>. Sent when set, as JS does.</summary>
    public bool? SyncUserAttributes { get; init; }

    /// <summary>Whether existing members of the organization can link their account to their enterprise identity.</summary>
    public bool? AllowOrganizationAccountLinking { get; init; }

    /// <summary>The custom attribute mappings.</summary>
    public IReadOnlyList<EnterpriseConnectionCustomAttributeParams>? CustomAttributes { get; init; }

    /// <summary>Whether the connection can be used for sign-in and sign-up (typed by <c>@clerk/backend</c>; Clerk's
    /// specification does not declare it).</summary>
    public bool? Authenticatable { get; init; }

    /// <summary>Whether Just-in-Time provisioning is disabled (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public bool? DisableJitProvisioning { get; init; }

    /// <summary>The OAuth (OIDC) configuration.</summary>
    public EnterpriseConnectionOidcParams? Oidc { get; init; }

    /// <summary>The SAML configuration.</summary>
    public EnterpriseConnectionSamlParams? Saml { get; init; }
}

public static partial class EnterpriseConnectionsRequests
{
    /// <summary><c>POST /enterprise_connections</c>.</summary>
    /// <param name="parameters">The connection.</param>
    public static Either<ClerkError, ApiCall<EnterpriseConnection>> CreateEnterpriseConnection(CreateEnterpriseConnectionParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, EnterpriseConnections, Decode.Json(Ctx.EnterpriseConnection), ClerkJson.Body(parameters, Ctx.CreateEnterpriseConnectionParams));
}

public sealed partial class EnterpriseConnectionsApi
{
    /// <summary><c>POST /enterprise_connections</c>: creates an enterprise connection.</summary>
    /// <param name="parameters">The connection.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EnterpriseConnection>> CreateEnterpriseConnection(CreateEnterpriseConnectionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(EnterpriseConnectionsRequests.CreateEnterpriseConnection(parameters), cancellationToken);
}
