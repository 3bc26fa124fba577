using Clerk.Functional.Errors;
using Clerk.Functional.Http;

namespace Clerk.Functional.Api.Users;

/// <summary>Filters of <see cref="UsersApi.GetCount"/> (and of <see cref="UsersApi.GetUserList"/>, whose count request
/// sends them). Unset, empty, zero and false values are not sent, except <see cref="Banned"/>, where false means something.</summary>
public record UserCountParams
{
    /// <summary>Users with any of these email addresses (up to 100).</summary>
    public IReadOnlyList<string>? EmailAddress { get; init; }

    /// <summary>Users with any of these phone numbers (up to 100).</summary>
    public IReadOnlyList<string>? PhoneNumber { get; init; }

    /// <summary>Users with any of these usernames (up to 100).</summary>
    public IReadOnlyList<string>? Username { get; init; }

    /// <summary>Free-text search over ids, names, email addresses, phone numbers and usernames.</summary>
    public string? Query { get; init; }

    /// <summary>Last active before this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastActiveAtBefore { get; init; }

    /// <summary>Members of any of these organizations (up to 100).</summary>
    public IReadOnlyList<string>? OrganizationId { get; init; }

    /// <summary>Deprecated by Clerk: use <see cref="LastActiveAtAfter"/>. Sent as <c>last_active_at_since</c>.</summary>
    public DateTimeOffset? LastActiveAtSince { get; init; }

    /// <summary>Users with any of these external ids (up to 100).</summary>
    public IReadOnlyList<string>? ExternalId { get; init; }

    /// <summary>Users with any of these ids (up to 100).</summary>
    public IReadOnlyList<string>? UserId { get; init; }

    /// <summary>Users with any of these Web3 wallet addresses (up to 100).</summary>
    public IReadOnlyList<string>? Web3Wallet { get; init; }

    /// <summary>Last signed in after this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastSignInAtAfter { get; init; }

    /// <summary>Last signed in before this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastSignInAtBefore { get; init; }

    /// <summary>Created after this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? CreatedAtAfter { get; init; }

    /// <summary>Created before this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? CreatedAtBefore { get; init; }

    /// <summary>Last active after this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastActiveAtAfter { get; init; }

    /// <summary>Users whose email address contains this text.</summary>
    public string? EmailAddressQuery { get; init; }

    /// <summary>Users whose phone number contains this text.</summary>
    public string? PhoneNumberQuery { get; init; }

    /// <summary>Users whose username contains this text.</summary>
    public string? UsernameQuery { get; init; }

    /// <summary>Users whose first or last name contains this text.</summary>
    public string? NameQuery { get; init; }

    /// <summary>Only banned users (true) or only users who are not banned (false; sent, unlike <c>@clerk/backend</c>'s false values).</summary>
    public bool? Banned { get; init; }

    /// <summary>Users with an external account from this OAuth provider (with <see cref="ProviderUserId"/>).</summary>
    public string? Provider { get; init; }

    /// <summary>Users whose external account has any of these provider user ids.</summary>
    public IReadOnlyList<string>? ProviderUserId { get; init; }

    /// <summary>The filters as query pairs, in declaration order.</summary>
    internal QueryBuilder AddTo(QueryBuilder q) =>
        q.Add("email_address", EmailAddress).Add("phone_number", PhoneNumber).Add("username", Username)
            .Add("query", Query).Add("last_active_at_before", LastActiveAtBefore?.ToUnixTimeMilliseconds()).Add("organization_id", OrganizationId)
            .Add("last_active_at_since", LastActiveAtSince?.ToUnixTimeMilliseconds()).Add("external_id", ExternalId).Add("user_id", UserId)
            .Add("web3_wallet", Web3Wallet).Add("last_sign_in_at_after", LastSignInAtAfter?.ToUnixTimeMilliseconds())
            .Add("last_sign_in_at_before", LastSignInAtBefore?.ToUnixTimeMilliseconds()).Add("created_at_after", CreatedAtAfter?.ToUnixTimeMilliseconds())
            .Add("created_at_before", CreatedAtBefore?.ToUnixTimeMilliseconds()).Add("last_active_at_after", LastActiveAtAfter?.ToUnixTimeMilliseconds())
            .Add("email_address_query", EmailAddressQuery).Add("phone_number_query", PhoneNumberQuery)
            .Add("username_query", UsernameQuery).Add("name_query", NameQuery).AddFlag("banned", Banned)
            .Add("provider", Provider).Add("provider_user_id", ProviderUserId);
}

public static partial class UsersRequests
{
    /// <summary><c>GET /users/count</c>.</summary>
    /// <param name="parameters">The filters.</param>
    public static Either<ClerkError, ApiCall<long>> GetCount(UserCountParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Users.Then("count"), Decode.TotalCount, query: (parameters ?? new UserCountParams()).AddTo(QueryBuilder.Empty).Build());
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/count</c>: how many users match the filters.</summary>
    /// <param name="parameters">The filters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, long>> GetCount(UserCountParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetCount(parameters), cancellationToken);
}
