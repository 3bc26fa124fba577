using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SignUps;

public static partial class SignUpsRequests
{
    /// <summary><c>GET /sign_ups/{id}</c>.</summary>
    /// <param name="signUpAttemptId">The sign-up's id.</param>
    public static Either<ClerkError, ApiCall<SignUpAttempt>> Get(string signUpAttemptId) =>
        ApiCall.Of(HttpVerb.Get, SignUps.ThenId(signUpAttemptId), Decode.Json(Ctx.SignUpAttempt));
}

public sealed partial class SignUpsApi
{
    /// <summary><c>GET /sign_ups/{id}</c>: a sign-up and what it still needs.</summary>
    /// <param name="signUpAttemptId">The sign-up's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SignUpAttempt>> Get(string signUpAttemptId, CancellationToken cancellationToken = default) =>
        _runner.Run(SignUpsRequests.Get(signUpAttemptId), cancellationToken);
}
