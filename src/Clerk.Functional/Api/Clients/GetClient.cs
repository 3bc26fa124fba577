using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Clients;

public static partial class ClientsRequests
{
    /// <summary><c>GET /clients/{client_id}</c>.</summary>
    /// <param name="clientId">The client's id.</param>
    public static Either<ClerkError, ApiCall<Client>> GetClient(string clientId) =>
        ApiCall.Of(HttpVerb.Get, Clients.ThenId(clientId), Decode.Json(Ctx.Client));
}

public sealed partial class ClientsApi
{
    /// <summary><c>GET /clients/{client_id}</c>: one client with its sessions.</summary>
    /// <param name="clientId">The client's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Client>> GetClient(string clientId, CancellationToken cancellationToken = default) =>
        _runner.Run(ClientsRequests.GetClient(clientId), cancellationToken);
}
