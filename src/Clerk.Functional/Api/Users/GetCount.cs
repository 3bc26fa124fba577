using Clerk.Functional.Errors;
using Clerk.Functional.Http;

namespace Clerk.Functional.Api.Users;

/// <summary>Filters of <see cref="UsersApi.GetCount"/>. Unset, empty, zero and false values are not sent.</summary>
public sealed record UserCountParams
{
    /// <summary>Users with any of these email addresses.</summary>
    public IReadOnlyList<string>? EmailAddress { get; init; }

    /// <summary>Users with any of these phone numbers.</summary>
    public IReadOnlyList<string>? PhoneNumber { get; init; }

    /// <summary>Users with any of these usernames.</summary>
    public IReadOnlyList<string>? Username { get; init; }

    /// <summary>Free-text search.</summary>
    public string? Query { get; init; }

    /// <summary>Users with any of these external ids.</summary>
    public IReadOnlyList<string>? ExternalId { get; init; }

    /// <summary>Users with any of these ids.</summary>
    public IReadOnlyList<string>? UserId { get; init; }

    /// <summary>Users with any of these Web3 wallet addresses.</summary>
    public IReadOnlyList<string>? Web3Wallet { get; init; }

    /// <summary>Members of any of these organizations.</summary>
    public IReadOnlyList<string>? OrganizationId { get; init; }

    /// <summary>Only banned users (true) or only users who are not banned (false).</summary>
    public bool? Banned { get; init; }

    internal Seq<QueryParameter> Query_() =>
        QueryBuilder.Empty.Add("email_address", EmailAddress).Add("phone_number", PhoneNumber).Add("username", Username)
            .Add("query", Query).Add("external_id", ExternalId).Add("user_id", UserId).Add("web3_wallet", Web3Wallet)
            .Add("organization_id", OrganizationId).AddFlag("banned", Banned).Build();
}

public static partial class UserRequests
{
    /// <summary><c>GET /users/count</c>.</summary>
    /// <param name="parameters">The filters.</param>
    public static Either<ClerkError, ApiCall<long>> GetCount(UserCountParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Users.Then("count"), Decode.TotalCount, query: (parameters ?? new UserCountParams()).Query_());
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/count</c>: how many users match the filters.</summary>
    /// <param name="parameters">The filters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, long>> GetCount(UserCountParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UserRequests.GetCount(parameters), cancellationToken);
}
