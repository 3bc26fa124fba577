using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The ids of <see cref="UsersApi.DeleteUserWeb3Wallet"/>.</summary>
public sealed record DeleteUserWeb3WalletParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The id of a Web3 wallet.</summary>
    public required string Web3WalletIdentificationId { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}</c>.</summary>
    /// <param name="parameters">The ids.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteUserWeb3Wallet(DeleteUserWeb3WalletParams parameters) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Delete, UserRoute(parameters.UserId).Then("web3_wallets").ThenId(parameters.Web3WalletIdentificationId), Decode.Deleted));
}

public sealed partial class UsersApi
{
    /// <summary><c>DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}</c>: removes a Web3 wallet from a user.</summary>
    /// <param name="parameters">The ids.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteUserWeb3Wallet(DeleteUserWeb3WalletParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.DeleteUserWeb3Wallet(parameters), cancellationToken);
}
