using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SamlConnections;

public static partial class SamlConnectionsRequests
{
    /// <summary><c>DELETE /saml_connections/{saml_connection_id}</c>.</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteSamlConnection(string samlConnectionId) =>
        ApiCall.Of(HttpVerb.Delete, SamlConnections.ThenId(samlConnectionId), Decode.Deleted);
}

public sealed partial class SamlConnectionsApi
{
    /// <summary><c>DELETE /saml_connections/{saml_connection_id}</c>: deletes a SAML connection (deprecated: use <c>EnterpriseConnections.DeleteEnterpriseConnection</c>).</summary>
    /// <param name="samlConnectionId">The connection's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Aff<Either<ClerkError, DeletedObject>> DeleteSamlConnection(string samlConnectionId, CancellationToken cancellationToken = default) =>
        _runner.Run(SamlConnectionsRequests.DeleteSamlConnection(samlConnectionId), cancellationToken);
}
