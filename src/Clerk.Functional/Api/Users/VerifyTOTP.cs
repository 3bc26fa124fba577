using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The user and code of <see cref="UsersApi.VerifyTOTP"/>.</summary>
public sealed record VerifyTOTPParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>A TOTP code or a backup code (a backup code is consumed).</summary>
    public required string Code { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/verify_totp</c> with <c>{"code": ...}</c>.</summary>
    /// <param name="parameters">The user and code.</param>
    public static Either<ClerkError, ApiCall<VerifyTOTPResult>> VerifyTOTP(VerifyTOTPParams parameters) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Post, UserRoute(parameters.UserId).Then("verify_totp"), Decode.Json(Ctx.VerifyTOTPResult),
            JsonBody.Strings(("code", parameters.Code))));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/verify_totp</c>: checks a TOTP or backup code (<c>verifyTOTP</c> in <c>@clerk/backend</c>).</summary>
    /// <param name="parameters">The user and code.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, VerifyTOTPResult>> VerifyTOTP(VerifyTOTPParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.VerifyTOTP(parameters), cancellationToken);
}
