using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ActorTokens;

public static partial class ActorTokensRequests
{
    /// <summary><c>POST /actor_tokens/{id}/revoke</c>.</summary>
    /// <param name="actorTokenId">The token's id.</param>
    public static Either<ClerkError, ApiCall<ActorToken>> Revoke(string actorTokenId) =>
        ApiCall.Of(HttpVerb.Post, ActorTokens.ThenId(actorTokenId).Then("revoke"), Decode.Json(Ctx.ActorToken));
}

public sealed partial class ActorTokensApi
{
    /// <summary><c>POST /actor_tokens/{id}/revoke</c>: revokes an actor token that was not used yet.</summary>
    /// <param name="actorTokenId">The token's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ActorToken>> Revoke(string actorTokenId, CancellationToken cancellationToken = default) =>
        _runner.Run(ActorTokensRequests.Revoke(actorTokenId), cancellationToken);
}
