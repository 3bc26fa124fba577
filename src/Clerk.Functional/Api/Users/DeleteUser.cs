using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteUser(string userId) =>
        ApiCall.Of(HttpVerb.Delete, UserRoute(userId), Decode.Deleted);
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}</c>: deletes a user. Clerk answers with a deleted-object confirmation (typed as <c>User</c> in <c>@clerk/backend</c>).</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteUser(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUser(userId), cancellationToken);
}
