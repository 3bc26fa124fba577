using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/ban</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<User>> BanUser(string userId) =>
        ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("ban"), Decode.Json(Ctx.User));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/ban</c>: bans a user: every session is revoked and sign-in is blocked.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> BanUser(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.BanUser(userId), cancellationToken);
}
