using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/profile_image</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<User>> DeleteUserProfileImage(string userId) =>
        ApiCall.Of(HttpVerb.Delete, UserRoute(userId).Then("profile_image"), Decode.Json(Ctx.User));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/profile_image</c>: removes a user's profile image.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> DeleteUserProfileImage(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUserProfileImage(userId), cancellationToken);
}
