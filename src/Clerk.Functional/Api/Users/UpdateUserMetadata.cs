using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>PATCH /users/{user_id}/metadata</c>.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The metadata to merge.</param>
    public static Either<ClerkError, ApiCall<User>> UpdateUserMetadata(string userId, UserMetadataParams parameters) =>
        ApiCall.Of(HttpVerb.Patch, UserRoute(userId).Then("metadata"), Decode.Json(Ctx.User), ClerkJson.Body(parameters, Ctx.UserMetadataParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>PATCH /users/{user_id}/metadata</c>: deep-merges metadata into the user's (a null value removes a key).</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The metadata to merge.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> UpdateUserMetadata(string userId, UserMetadataParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.UpdateUserMetadata(userId, parameters), cancellationToken);
}
