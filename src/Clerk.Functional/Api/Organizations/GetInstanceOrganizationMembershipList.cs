using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The order and paging of <see cref="OrganizationsApi.GetInstanceOrganizationMembershipList"/>. Unset, empty and zero values are not sent.</summary>
public sealed record GetInstanceOrganizationMembershipListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of memberships to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>The order: <c>phone_number</c>, <c>email_address</c>, <c>created_at</c>, <c>first_name</c>, <c>last_name</c>
    /// or <c>username</c>, with <c>+</c> or <c>-</c> for the direction.</summary>
    public string? OrderBy { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organization_memberships</c>.</summary>
    /// <param name="parameters">Order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationMembership>>> GetInstanceOrganizationMembershipList(GetInstanceOrganizationMembershipListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, OrganizationMemberships, Decode.Page(Ctx.PageWireOrganizationMembership),
            query: Query(parameters ?? new GetInstanceOrganizationMembershipListParams()));

    private static ValueList<QueryParameter> Query(GetInstanceOrganizationMembershipListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("order_by", p.OrderBy).Build();

    internal static ApiCall<PageOf<OrganizationMembership>> GetInstanceOrganizationMembershipPage(GetInstanceOrganizationMembershipListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, OrganizationMemberships).WithQuery(Query(p)), Decode.PageOf(Ctx.PageWireOrganizationMembership));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organization_memberships</c>: one page of the memberships of every organization in the instance, with the total.</summary>
    /// <param name="parameters">Order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationMembership>>> GetInstanceOrganizationMembershipList(GetInstanceOrganizationMembershipListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetInstanceOrganizationMembershipList(parameters), cancellationToken);

    /// <summary><c>GET /organization_memberships</c> page by page: every membership of the instance, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Order, page size and the offset to start at.</param>
    public Pager<OrganizationMembership> GetInstanceOrganizationMembershipListAutoPaging(GetInstanceOrganizationMembershipListParams? parameters = null)
    {
        var p = parameters ?? new GetInstanceOrganizationMembershipListParams();
        return new Pager<OrganizationMembership>((offset, limit, ct) => OrganizationsRequests.GetInstanceOrganizationMembershipPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
