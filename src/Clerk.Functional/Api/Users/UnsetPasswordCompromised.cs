using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/password/unset_compromised</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<User>> UnsetPasswordCompromised(string userId) =>
        ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("password").Then("unset_compromised"), Decode.Json(Ctx.User));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/password/unset_compromised</c>: clears the compromised flag on a user's password.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> UnsetPasswordCompromised(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.UnsetPasswordCompromised(userId), cancellationToken);
}
