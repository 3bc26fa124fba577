using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>GET /users/{user_id}</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<User>> GetUser(string userId) =>
        ApiCall.Of(HttpVerb.Get, UserRoute(userId), Decode.Json(Ctx.User));
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}</c>: one user.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> GetUser(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetUser(userId), cancellationToken);
}
