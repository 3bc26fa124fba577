using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The user and password of <see cref="UsersApi.VerifyPassword"/>.</summary>
public sealed record VerifyPasswordParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The password to check.</summary>
    public required string Password { get; init; }

    /// <summary>Never shows the password.</summary>
    public override string ToString() => $"VerifyPasswordParams {{ UserId = {UserId}, Password = (redacted) }}";
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/verify_password</c> with <c>{"password": ...}</c>.</summary>
    /// <param name="parameters">The user and password.</param>
    public static Either<ClerkError, ApiCall<VerifyPasswordResult>> VerifyPassword(VerifyPasswordParams parameters) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Post, UserRoute(parameters.UserId).Then("verify_password"), Decode.Json(Ctx.VerifyPasswordResult),
            JsonBody.Strings(("password", parameters.Password))));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/verify_password</c>: checks a password. A wrong password is an API error (422).</summary>
    /// <param name="parameters">The user and password.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, VerifyPasswordResult>> VerifyPassword(VerifyPasswordParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.VerifyPassword(parameters), cancellationToken);
}
