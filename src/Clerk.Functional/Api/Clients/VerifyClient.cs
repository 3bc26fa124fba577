using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Clients;

/// <summary>The body of <see cref="ClientsApi.VerifyClient"/>.</summary>
public sealed record VerifyClientParams
{
    /// <summary>The JWT that represents the active client (the <c>__client</c> cookie).</summary>
    public required string Token { get; init; }

    // The client token is a credential.
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token));
}

public static partial class ClientsRequests
{
    /// <summary><c>POST /clients/verify</c> with <c>{"token": ...}</c>.</summary>
    /// <param name="token">The client's token.</param>
    public static Either<ClerkError, ApiCall<Client>> VerifyClient(string token) =>
        ApiCall.Of(HttpVerb.Post, Clients.Then("verify"), Decode.Json(Ctx.Client), ClerkJson.Body(new VerifyClientParams { Token = token }, Ctx.VerifyClientParams));
}

public sealed partial class ClientsApi
{
    /// <summary><c>POST /clients/verify</c>: the client a client token belongs to, if the token is valid.</summary>
    /// <param name="token">The client's token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Client>> VerifyClient(string token, CancellationToken cancellationToken = default) =>
        _runner.Run(ClientsRequests.VerifyClient(token), cancellationToken);
}
