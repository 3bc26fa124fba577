using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The filters, order and paging of <see cref="OrganizationsApi.GetOrganizationList"/>. Unset, empty, zero and false values are not sent.</summary>
public sealed record GetOrganizationListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of organizations to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Whether each organization carries its <see cref="Organization.MembersCount"/>.</summary>
    public bool? IncludeMembersCount { get; init; }

    /// <summary>Whether each organization carries <see cref="Organization.MissingMemberWithElevatedPermissions"/>
    /// (a filter of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? IncludeMissingMemberWithElevatedPermissions { get; init; }

    /// <summary>Only organizations whose id, name or slug contains this text.</summary>
    public string? Query { get; init; }

    /// <summary>The order: <c>name</c>, <c>created_at</c> or <c>members_count</c>, with <c>+</c> or <c>-</c> for the direction.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Only these organizations (up to 100 ids); the key is repeated once per id.</summary>
    public IReadOnlyList<string>? OrganizationId { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations</c>.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Organization>>> GetOrganizationList(GetOrganizationListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Organizations, Decode.Page(Ctx.PageWireOrganization), query: Query(parameters ?? new GetOrganizationListParams()));

    private static ValueList<QueryParameter> Query(GetOrganizationListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("include_members_count", p.IncludeMembersCount)
            .Add("include_missing_member_with_elevated_permissions", p.IncludeMissingMemberWithElevatedPermissions)
            .Add("query", p.Query).Add("order_by", p.OrderBy).Add("organization_id", p.OrganizationId).Build();

    internal static ApiCall<PageOf<Organization>> GetOrganizationPage(GetOrganizationListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Organizations).WithQuery(Query(p)), Decode.PageOf(Ctx.PageWireOrganization));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations</c>: one page of the instance's organizations, with the total.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Organization>>> GetOrganizationList(GetOrganizationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganizationList(parameters), cancellationToken);

    /// <summary><c>GET /organizations</c> page by page: every matching organization, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, order, page size and the offset to start at.</param>
    public Pager<Organization> GetOrganizationListAutoPaging(GetOrganizationListParams? parameters = null)
    {
        var p = parameters ?? new GetOrganizationListParams();
        return new Pager<Organization>((offset, limit, ct) => OrganizationsRequests.GetOrganizationPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
