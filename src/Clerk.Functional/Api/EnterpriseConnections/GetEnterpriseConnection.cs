using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

public static partial class EnterpriseConnectionsRequests
{
    /// <summary><c>GET /enterprise_connections/{enterprise_connection_id}</c>.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    public static Either<ClerkError, ApiCall<EnterpriseConnection>> GetEnterpriseConnection(string enterpriseConnectionId) =>
        ApiCall.Of(HttpVerb.Get, EnterpriseConnections.ThenId(enterpriseConnectionId), Decode.Json(Ctx.EnterpriseConnection));
}

public sealed partial class EnterpriseConnectionsApi
{
    /// <summary><c>GET /enterprise_connections/{enterprise_connection_id}</c>: an enterprise connection.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EnterpriseConnection>> GetEnterpriseConnection(string enterpriseConnectionId, CancellationToken cancellationToken = default) =>
        _runner.Run(EnterpriseConnectionsRequests.GetEnterpriseConnection(enterpriseConnectionId), cancellationToken);
}
