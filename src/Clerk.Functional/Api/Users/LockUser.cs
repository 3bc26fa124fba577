using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/lock</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<User>> LockUser(string userId) =>
        ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("lock"), Decode.Json(Ctx.User));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/lock</c>: locks a user out of signing in.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> LockUser(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.LockUser(userId), cancellationToken);
}
