using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The ids of <see cref="UsersApi.DeleteUserExternalAccount"/>.</summary>
public sealed record DeleteUserExternalAccountParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The id of an external (OAuth) account.</summary>
    public required string ExternalAccountId { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/external_accounts/{external_account_id}</c>.</summary>
    /// <param name="parameters">The ids.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteUserExternalAccount(DeleteUserExternalAccountParams parameters) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Delete, UserRoute(parameters.UserId).Then("external_accounts").ThenId(parameters.ExternalAccountId), Decode.Deleted));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/external_accounts/{external_account_id}</c>: removes an external (OAuth) account from a user.</summary>
    /// <param name="parameters">The ids.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteUserExternalAccount(DeleteUserExternalAccountParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUserExternalAccount(parameters), cancellationToken);
}
