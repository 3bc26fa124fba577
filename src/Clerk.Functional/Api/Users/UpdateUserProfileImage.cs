using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The form of <see cref="UsersApi.UpdateUserProfileImage"/>.</summary>
public sealed record UpdateUserProfileImageParams
{
    /// <summary>The image file.</summary>
    public required FileUpload File { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/profile_image</c> as <c>multipart/form-data</c> with the field <c>file</c>.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The image.</param>
    public static Either<ClerkError, ApiCall<User>> UpdateUserProfileImage(string userId, UpdateUserProfileImageParams parameters) =>
        Params.Require(parameters).Bind(p => p.File is null
            ? Prelude.Left<ClerkError, ApiCall<User>>(new ClerkError.InvalidArgument("UpdateUserProfileImageParams.File is required."))
            : ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("profile_image"), Decode.Json(Ctx.User),
                new RequestBody.Multipart([p.File.ToPart("file")])));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/profile_image</c>: uploads a profile image.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The image.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> UpdateUserProfileImage(string userId, UpdateUserProfileImageParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.UpdateUserProfileImage(userId, parameters), cancellationToken);
}
