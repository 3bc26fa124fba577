using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/totp</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<UserIdResult>> DeleteUserTOTP(string userId) =>
        ApiCall.Of(HttpVerb.Delete, UserRoute(userId).Then("totp"), Decode.Json(Ctx.UserIdResult));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/totp</c>: deletes a user's TOTP authenticator.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, UserIdResult>> DeleteUserTOTP(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUserTOTP(userId), cancellationToken);
}
