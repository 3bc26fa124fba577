using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Clients;

/// <summary>The query of <see cref="ClientsApi.GetHandshakePayload"/>.</summary>
public sealed record GetHandshakePayloadParams
{
    /// <summary>The handshake nonce (the <c>__clerk_handshake_nonce</c> query parameter).</summary>
    public required string Nonce { get; init; }
}

public static partial class ClientsRequests
{
    /// <summary><c>GET /clients/handshake_payload?nonce=...</c>.</summary>
    /// <param name="parameters">The nonce.</param>
    public static Either<ClerkError, ApiCall<HandshakePayload>> GetHandshakePayload(GetHandshakePayloadParams? parameters) =>
        from p in Params.Require(parameters)
        from call in ApiCall.Of(HttpVerb.Get, Clients.Then("handshake_payload"), Decode.Json(Ctx.HandshakePayload),
            query: QueryBuilder.Empty.Add("nonce", p.Nonce).Build())
        select call;
}

public sealed partial class ClientsApi
{
    /// <summary><c>GET /clients/handshake_payload</c>: the cookie directives of a handshake that carried a nonce instead of a token.</summary>
    /// <param name="parameters">The nonce.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, HandshakePayload>> GetHandshakePayload(GetHandshakePayloadParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ClientsRequests.GetHandshakePayload(parameters), cancellationToken);
}
