using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SamlConnections;

public static partial class SamlConnectionsRequests
{
    /// <summary><c>GET /saml_connections/{saml_connection_id}</c>.</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public static Either<ClerkError, ApiCall<SamlConnection>> GetSamlConnection(string samlConnectionId) =>
        ApiCall.Of(HttpVerb.Get, SamlConnections.ThenId(samlConnectionId), Decode.Json(Ctx.SamlConnection));
}

public sealed partial class SamlConnectionsApi
{
    /// <summary><c>GET /saml_connections/{saml_connection_id}</c>: a SAML connection (deprecated: use <c>EnterpriseConnections.GetEnterpriseConnection</c>).</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Aff<Either<ClerkError, SamlConnection>> GetSamlConnection(string samlConnectionId, CancellationToken cancellationToken = default) =>
        _runner.Run(SamlConnectionsRequests.GetSamlConnection(samlConnectionId), cancellationToken);
}
