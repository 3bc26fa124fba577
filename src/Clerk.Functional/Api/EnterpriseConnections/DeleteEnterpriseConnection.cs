using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

public static partial class EnterpriseConnectionsRequests
{
    /// <summary><c>DELETE /enterprise_connections/{enterprise_connection_id}</c>.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteEnterpriseConnection(string enterpriseConnectionId) =>
        ApiCall.Of(HttpVerb.Delete, EnterpriseConnections.ThenId(enterpriseConnectionId), Decode.Deleted);
}

public sealed partial class EnterpriseConnectionsApi
{
    /// <summary><c>DELETE /enterprise_connections/{enterprise_connection_id}</c>: deletes an enterprise connection.</summary>
    /// <param name="enterpriseConnectionId">The connection's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteEnterpriseConnection(string enterpriseConnectionId, CancellationToken cancellationToken = default) =>
        _runner.Run(EnterpriseConnectionsRequests.DeleteEnterpriseConnection(enterpriseConnectionId), cancellationToken);
}
