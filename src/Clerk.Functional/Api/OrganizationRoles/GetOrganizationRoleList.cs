using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

/// <summary>The filter, order and paging of <see cref="OrganizationRolesApi.GetOrganizationRoleList"/>.</summary>
public sealed record GetOrganizationRoleListParams
{
    /// <summary>Only roles whose id is this text, or whose name or key contains it.</summary>
    public string? Query { get; init; }

    /// <summary>The order: <c>created_at</c>, <c>name</c> or <c>key</c>, prefixed with <c>+</c> (ascending) or <c>-</c> (descending).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of roles to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class OrganizationRolesRequests
{
    /// <summary><c>GET /organization_roles</c>.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Role>>> GetOrganizationRoleList(GetOrganizationRoleListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, OrganizationRoles, Decode.PageOrArray(Ctx.PageWireRole, Ctx.ListRole),
            query: Query(parameters ?? new GetOrganizationRoleListParams()));

    private static ValueList<QueryParameter> Query(GetOrganizationRoleListParams p) =>
        QueryBuilder.Empty.Add("query", p.Query).Add("order_by", p.OrderBy).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<Role>> GetOrganizationRolePage(GetOrganizationRoleListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, OrganizationRoles).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireRole, Ctx.ListRole));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>GET /organization_roles</c>: one page of the instance's organization roles, with the total.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Role>>> GetOrganizationRoleList(GetOrganizationRoleListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.GetOrganizationRoleList(parameters), cancellationToken);

    /// <summary><c>GET /organization_roles</c> page by page: every matching role, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filter, order, page size and the offset to start at.</param>
    public Pager<Role> GetOrganizationRoleListAutoPaging(GetOrganizationRoleListParams? parameters = null)
    {
        var p = parameters ?? new GetOrganizationRoleListParams();
        return new Pager<Role>((offset, limit, ct) => OrganizationRolesRequests.GetOrganizationRolePage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
