using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization, filters and paging of <see cref="OrganizationsApi.GetOrganizationDomainList"/>.
/// Unset and zero values are not sent.</summary>
public sealed record GetOrganizationDomainListParams
{
    /// <summary>The organization's id (in the route).</summary>
    public string OrganizationId { get; init; } = "";

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of domains to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Only verified (true) or unverified (false) domains; sent when set (a filter of Clerk's specification
    /// that <c>@clerk/backend</c> does not type).</summary>
    public bool? Verified { get; init; }

    /// <summary>Only domains with this enrollment mode (a filter of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public OrganizationEnrollmentMode? EnrollmentMode { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations/{organization_id}/domains</c>.</summary>
    /// <param name="parameters">The organization, filters and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationDomain>>> GetOrganizationDomainList(GetOrganizationDomainListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("domains"),
            Decode.Page(Ctx.PageWireOrganizationDomain), query: Query(p)));

    private static ValueList<QueryParameter> Query(GetOrganizationDomainListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).AddFlag("verified", p.Verified)
            .Add("enrollment_mode", p.EnrollmentMode?.Value).Build();

    internal static Either<ClerkError, ApiCall<PageOf<OrganizationDomain>>> GetOrganizationDomainPage(GetOrganizationDomainListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("domains"),
            Decode.PageOf(Ctx.PageWireOrganizationDomain), query: Query(p)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations/{organization_id}/domains</c>: one page of an organization's domains, with the total.</summary>
    /// <param name="parameters">The organization, filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationDomain>>> GetOrganizationDomainList(GetOrganizationDomainListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganizationDomainList(parameters), cancellationToken);

    /// <summary><c>GET /organizations/{organization_id}/domains</c> page by page: every domain of the organization, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The organization, filters, page size and the offset to start at.</param>
    public Pager<OrganizationDomain> GetOrganizationDomainListAutoPaging(GetOrganizationDomainListParams parameters) =>
        new((offset, limit, ct) => _runner.Run(OrganizationsRequests.GetOrganizationDomainPage(parameters is null ? null : parameters with { Offset = offset, Limit = limit }), ct),
            parameters?.Limit, parameters?.Offset);
}
