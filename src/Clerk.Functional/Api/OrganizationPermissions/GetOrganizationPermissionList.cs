using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationPermissions;

/// <summary>The filter, order and paging of <see cref="OrganizationPermissionsApi.GetOrganizationPermissionList"/>.</summary>
public sealed record GetOrganizationPermissionListParams
{
    /// <summary>Only permissions whose id is this text, or whose name or key contains it.</summary>
    public string? Query { get; init; }

    /// <summary>The order: <c>created_at</c>, <c>name</c> or <c>key</c>, prefixed with <c>+</c> (ascending) or <c>-</c> (descending).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of permissions to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class OrganizationPermissionsRequests
{
    /// <summary><c>GET /organization_permissions</c>.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Permission>>> GetOrganizationPermissionList(GetOrganizationPermissionListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, OrganizationPermissions, Decode.PageOrArray(Ctx.PageWirePermission, Ctx.ListPermission),
            query: Query(parameters ?? new GetOrganizationPermissionListParams()));

    private static ValueList<QueryParameter> Query(GetOrganizationPermissionListParams p) =>
        QueryBuilder.Empty.Add("query", p.Query).Add("order_by", p.OrderBy).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<Permission>> GetOrganizationPermissionPage(GetOrganizationPermissionListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, OrganizationPermissions).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWirePermission, Ctx.ListPermission));
}

public sealed partial class OrganizationPermissionsApi
{
    /// <summary><c>GET /organization_permissions</c>: one page of the instance's organization permissions, with the total.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Permission>>> GetOrganizationPermissionList(GetOrganizationPermissionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationPermissionsRequests.GetOrganizationPermissionList(parameters), cancellationToken);

    /// <summary><c>GET /organization_permissions</c> page by page: every matching permission, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filter, order, page size and the offset to start at.</param>
    public Pager<Permission> GetOrganizationPermissionListAutoPaging(GetOrganizationPermissionListParams? parameters = null)
    {
        var p = parameters ?? new GetOrganizationPermissionListParams();
        return new Pager<Permission>((offset, limit, ct) => OrganizationPermissionsRequests.GetOrganizationPermissionPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
