using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The ids of <see cref="UsersApi.DeleteUserPasskey"/>.</summary>
public sealed record DeleteUserPasskeyParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The id of a passkey.</summary>
    public required string PasskeyIdentificationId { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/passkeys/{passkey_identification_id}</c>.</summary>
    /// <param name="parameters">The ids.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteUserPasskey(DeleteUserPasskeyParams parameters) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Delete, UserRoute(parameters.UserId).Then("passkeys").ThenId(parameters.PasskeyIdentificationId), Decode.Deleted));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/passkeys/{passkey_identification_id}</c>: removes a passkey from a user.</summary>
    /// <param name="parameters">The ids.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteUserPasskey(DeleteUserPasskeyParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUserPasskey(parameters), cancellationToken);
}
