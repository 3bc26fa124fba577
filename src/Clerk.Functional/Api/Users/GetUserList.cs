using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>Filters, ordering and paging for <see cref="UsersApi.GetUserList"/>. Unset, empty, zero and false values are not sent.</summary>
public sealed record GetUserListParams
{
    /// <summary>Page size, 1 to 500 (Clerk's default is 10).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of users to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Sort key with an optional <c>+</c>/<c>-</c> prefix: <c>created_at</c>, <c>updated_at</c>, <c>email_address</c>,
    /// <c>web3wallet</c>, <c>first_name</c>, <c>last_name</c>, <c>phone_number</c>, <c>username</c>, <c>last_active_at</c>, <c>last_sign_in_at</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Users with any of these email addresses (up to 100).</summary>
    public IReadOnlyList<string>? EmailAddress { get; init; }

    /// <summary>Users with any of these phone numbers (up to 100).</summary>
    public IReadOnlyList<string>? PhoneNumber { get; init; }

    /// <summary>Users with any of these usernames (up to 100).</summary>
    public IReadOnlyList<string>? Username { get; init; }

    /// <summary>Free-text search over ids, names, email addresses, phone numbers and usernames.</summary>
    public string? Query { get; init; }

    /// <summary>Last active before this time (epoch milliseconds).</summary>
    public long? LastActiveAtBefore { get; init; }

    /// <summary>Members of any of these organizations (up to 100).</summary>
    public IReadOnlyList<string>? OrganizationId { get; init; }

    /// <summary>Deprecated by Clerk: use <see cref="LastActiveAtAfter"/>. Sent as <c>last_active_at_since</c>.</summary>
    public long? LastActiveAtSince { get; init; }

    /// <summary>Users with any of these external ids (up to 100).</summary>
    public IReadOnlyList<string>? ExternalId { get; init; }

    /// <summary>Users with any of these ids (up to 100).</summary>
    public IReadOnlyList<string>? UserId { get; init; }

    /// <summary>Users with any of these Web3 wallet addresses (up to 100).</summary>
    public IReadOnlyList<string>? Web3Wallet { get; init; }

    /// <summary>Last signed in after this time (epoch milliseconds).</summary>
    public long? LastSignInAtAfter { get; init; }

    /// <summary>Last signed in before this time (epoch milliseconds).</summary>
    public long? LastSignInAtBefore { get; init; }

    /// <summary>Created after this time (epoch milliseconds).</summary>
    public long? CreatedAtAfter { get; init; }

    /// <summary>Created before this time (epoch milliseconds).</summary>
    public long? CreatedAtBefore { get; init; }

    /// <summary>Last active after this time (epoch milliseconds).</summary>
    public long? LastActiveAtAfter { get; init; }

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

    /// <summary>Cursor paging: users after this user id (the list endpoint only).</summary>
    public string? StartingAfter { get; init; }

    /// <summary>The whole query, paging included.</summary>
    internal Seq<QueryParameter> ListQuery() =>
        FilterQuery(QueryBuilder.Empty.Add("limit", Limit).Add("offset", Offset).Add("order_by", OrderBy))
            .Add("starting_after", StartingAfter).Build();

    /// <summary>The filters only, as sent to <c>/users/count</c>.</summary>
    internal Seq<QueryParameter> CountQuery() => FilterQuery(QueryBuilder.Empty).Build();

    private QueryBuilder FilterQuery(QueryBuilder q) =>
        q.Add("email_address", EmailAddress).Add("phone_number", PhoneNumber).Add("username", Username)
            .Add("query", Query).Add("last_active_at_before", LastActiveAtBefore).Add("organization_id", OrganizationId)
            .Add("last_active_at_since", LastActiveAtSince).Add("external_id", ExternalId).Add("user_id", UserId)
            .Add("web3_wallet", Web3Wallet).Add("last_sign_in_at_after", LastSignInAtAfter)
            .Add("last_sign_in_at_before", LastSignInAtBefore).Add("created_at_after", CreatedAtAfter)
            .Add("created_at_before", CreatedAtBefore).Add("last_active_at_after", LastActiveAtAfter)
            .Add("email_address_query", EmailAddressQuery).Add("phone_number_query", PhoneNumberQuery)
            .Add("username_query", UsernameQuery).Add("name_query", NameQuery).AddFlag("banned", Banned)
            .Add("provider", Provider).Add("provider_user_id", ProviderUserId);
}

public static partial class UserRequests
{
    /// <summary><c>GET /users</c> and <c>GET /users/count</c>, sent concurrently: one page of users with the total count
    /// (the list endpoint itself returns a bare array).</summary>
    /// <param name="parameters">Filters, ordering and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<User>>> GetUserList(GetUserListParams? parameters = null)
    {
        var p = parameters ?? new GetUserListParams();
        return ApiCall.Both(GetUserListPage(p), GetUserListCount(p), (users, total) => new PaginatedResourceResponse<User>(users, total));
    }

    /// <summary><c>GET /users</c> alone: one page of users, without the count.</summary>
    /// <param name="parameters">Filters, ordering and paging.</param>
    public static ApiCall<Seq<User>> GetUserListPage(GetUserListParams parameters) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Users).WithQuery(parameters.ListQuery()), Decode.Array(Ctx.ListUser));

    /// <summary><c>GET /users/count</c> with the filters of a list (paging and ordering left out).</summary>
    /// <param name="parameters">The list's filters.</param>
    public static ApiCall<long> GetUserListCount(GetUserListParams parameters) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Users.Then("count")).WithQuery(parameters.CountQuery()), Decode.TotalCount);
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users</c> with <c>GET /users/count</c>: one page of users and the total number matching the filters.</summary>
    /// <param name="parameters">Filters, ordering and paging.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<User>>> GetUserList(GetUserListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UserRequests.GetUserList(parameters), cancellationToken);

    /// <summary>Every user matching the filters, streamed page by page with <c>GET /users</c> (500 per page unless
    /// <see cref="GetUserListParams.Limit"/> is set, starting at <see cref="GetUserListParams.Offset"/>); the total
    /// (<c>GET /users/count</c>) is fetched only through <see cref="Pager{T}.TotalCount"/>.</summary>
    /// <param name="parameters">Filters and ordering; <c>Limit</c> is the page size.</param>
    public Pager<User> GetUserListAutoPaging(GetUserListParams? parameters = null)
    {
        var p = parameters ?? new GetUserListParams();
        return new Pager<User>(
            (offset, limit, ct) => UserRequests.GetUserListPage(p with { Offset = offset, Limit = limit })
                .Map(users => new PageOf<User>(users, Option<long>.None)).Run(_runner, ct),
            p.Limit, p.Offset,
            ct => UserRequests.GetUserListCount(p).Run(_runner, ct));
    }
}
