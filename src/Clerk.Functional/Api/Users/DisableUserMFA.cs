using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/mfa</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<UserIdResult>> DisableUserMFA(string userId) =>
        ApiCall.Of(HttpVerb.Delete, UserRoute(userId).Then("mfa"), Decode.Json(Ctx.UserIdResult));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/mfa</c>: disables every second factor of a user.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, UserIdResult>> DisableUserMFA(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DisableUserMFA(userId), cancellationToken);
}
