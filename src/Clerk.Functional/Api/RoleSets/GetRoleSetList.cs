using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The filter, order and paging of <see cref="RoleSetsApi.GetRoleSetList"/>.</summary>
public sealed record GetRoleSetListParams
{
    /// <summary>Only role sets whose id is this text, or whose name or key contains it.</summary>
    public string? Query { get; init; }

    /// <summary>The order: <c>created_at</c>, <c>name</c> or <c>key</c>, prefixed with <c>+</c> (ascending) or <c>-</c> (descending).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of role sets to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>GET /role_sets</c>.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<RoleSet>>> GetRoleSetList(GetRoleSetListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, RoleSets, Decode.PageOrArray(Ctx.PageWireRoleSet, Ctx.ListRoleSet),
            query: Query(parameters ?? new GetRoleSetListParams()));

    private static ValueList<QueryParameter> Query(GetRoleSetListParams p) =>
        QueryBuilder.Empty.Add("query", p.Query).Add("order_by", p.OrderBy).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<RoleSet>> GetRoleSetPage(GetRoleSetListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, RoleSets).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireRoleSet, Ctx.ListRoleSet));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>GET /role_sets</c>: one page of the instance's role sets, with the total.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<RoleSet>>> GetRoleSetList(GetRoleSetListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.GetRoleSetList(parameters), cancellationToken);

    /// <summary><c>GET /role_sets</c> page by page: every matching role set, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filter, order, page size and the offset to start at.</param>
    public Pager<RoleSet> GetRoleSetListAutoPaging(GetRoleSetListParams? parameters = null)
    {
        var p = parameters ?? new GetRoleSetListParams();
        return new Pager<RoleSet>((offset, limit, ct) => RoleSetsRequests.GetRoleSetPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
