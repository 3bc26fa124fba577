using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SignInTokens;

public static partial class SignInTokensRequests
{
    /// <summary><c>POST /sign_in_tokens/{id}/revoke</c>.</summary>
    /// <param name="signInTokenId">The token's id.</param>
    public static Either<ClerkError, ApiCall<SignInToken>> RevokeSignInToken(string signInTokenId) =>
        ApiCall.Of(HttpVerb.Post, SignInTokens.ThenId(signInTokenId).Then("revoke"), Decode.Json(Ctx.SignInToken));
}

public sealed partial class SignInTokensApi
{
    /// <summary><c>POST /sign_in_tokens/{id}/revoke</c>: revokes a sign-in token that was not used yet.</summary>
    /// <param name="signInTokenId">The token's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SignInToken>> RevokeSignInToken(string signInTokenId, CancellationToken cancellationToken = default) =>
        _runner.Run(SignInTokensRequests.RevokeSignInToken(signInTokenId), cancellationToken);
}
