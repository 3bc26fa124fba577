using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>Filters (those of <see cref="UserCountParams"/>), ordering and paging for <see cref="UsersApi.GetUserList"/>.
/// Unset, empty, zero and false values are not sent.</summary>
public sealed record GetUserListParams : UserCountParams
{
    /// <summary>Page size, 1 to 500 (Clerk's default is 10).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of users to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Sort key with an optional <c>+</c>/<c>-</c> prefix: <c>created_at</c>, <c>updated_at</c>, <c>email_address</c>,
    /// <c>web3wallet</c>, <c>first_name</c>, <c>last_name</c>, <c>phone_number</c>, <c>username</c>, <c>last_active_at</c>, <c>last_sign_in_at</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Cursor paging: users after this user id.</summary>
    public string? StartingAfter { get; init; }

    /// <summary>The whole query: paging and ordering, then the filters.</summary>
    internal ValueList<QueryParameter> ListQuery() =>
        AddTo(QueryBuilder.Empty.Add("limit", Limit).Add("offset", Offset).Add("order_by", OrderBy))
            .Add("starting_after", StartingAfter).Build();
}

public static partial class UsersRequests
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
    public static ApiCall<IReadOnlyList<User>> GetUserListPage(GetUserListParams parameters) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Users).WithQuery(parameters.ListQuery()), Decode.Array(Ctx.ListUser));

    /// <summary><c>GET /users/count</c> with the filters of a list (paging and ordering left out).</summary>
    /// <param name="parameters">The list's filters.</param>
    public static ApiCall<long> GetUserListCount(GetUserListParams parameters) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Users.Then("count")).WithQuery(parameters.AddTo(QueryBuilder.Empty).Build()), Decode.TotalCount);
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users</c> with <c>GET /users/count</c>: one page of users and the total number matching the filters.</summary>
    /// <param name="parameters">Filters, ordering and paging.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<User>>> GetUserList(GetUserListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetUserList(parameters), cancellationToken);

    /// <summary>Every user matching the filters, streamed page by page with <c>GET /users</c> (500 per page unless
    /// <see cref="GetUserListParams.Limit"/> is set, starting at <see cref="GetUserListParams.Offset"/>); the total
    /// (<c>GET /users/count</c>) is fetched only through <see cref="Pager{T}.TotalCount"/>.</summary>
    /// <param name="parameters">Filters and ordering; <c>Limit</c> is the page size.</param>
    public Pager<User> GetUserListAutoPaging(GetUserListParams? parameters = null)
    {
        var p = parameters ?? new GetUserListParams();
        return new Pager<User>(
            (offset, limit, ct) => UsersRequests.GetUserListPage(p with { Offset = offset, Limit = limit })
                .Map(users => new PageOf<User>(users, null)).Run(_runner, ct),
            p.Limit, p.Offset,
            ct => UsersRequests.GetUserListCount(p).Run(_runner, ct));
    }
}
