using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>PUT /users/{user_id}/metadata</c>.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The metadata that replaces the user's.</param>
    public static Either<ClerkError, ApiCall<User>> ReplaceUserMetadata(string userId, UserMetadataParams parameters) =>
        ApiCall.Of(HttpVerb.Put, UserRoute(userId).Then("metadata"), Decode.Json(Ctx.User), ClerkJson.Body(parameters, Ctx.UserMetadataParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>PUT /users/{user_id}/metadata</c>: replaces each metadata object that is set (an empty object clears it).</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The metadata that replaces the user's.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> ReplaceUserMetadata(string userId, UserMetadataParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.ReplaceUserMetadata(userId, parameters), cancellationToken);
}
