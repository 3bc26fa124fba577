using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization, filters and paging of <see cref="OrganizationsApi.GetOrganizationInvitationList"/>.
/// Unset, empty and zero values are not sent.</summary>
public sealed record GetOrganizationInvitationListParams
{
    /// <summary>The organization's id (in the route).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>Only invitations with these statuses; the key is repeated once per status.</summary>
    public IReadOnlyList<OrganizationInvitationStatus>? Status { get; init; }

    /// <summary>Only invitations to this email address (a filter of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The order, e.g. <c>-created_at</c> (a parameter of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of invitations to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations/{organization_id}/invitations</c>.</summary>
    /// <param name="parameters">The organization, filters and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationInvitation>>> GetOrganizationInvitationList(GetOrganizationInvitationListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("invitations"),
            Decode.Page(Ctx.PageWireOrganizationInvitation), query: Query(p)));

    private static ValueList<QueryParameter> Query(GetOrganizationInvitationListParams p) =>
        QueryBuilder.Empty.Add("status", p.Status?.Select(s => s.Value)).Add("email_address", p.EmailAddress).Add("order_by", p.OrderBy)
            .Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static Either<ClerkError, ApiCall<PageOf<OrganizationInvitation>>> GetOrganizationInvitationPage(GetOrganizationInvitationListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("invitations"),
            Decode.PageOf(Ctx.PageWireOrganizationInvitation), query: Query(p)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations/{organization_id}/invitations</c>: one page of an organization's invitations, with the total.</summary>
    /// <param name="parameters">The organization, filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationInvitation>>> GetOrganizationInvitationList(GetOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganizationInvitationList(parameters), cancellationToken);

    /// <summary><c>GET /organizations/{organization_id}/invitations</c> page by page: every matching invitation, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The organization, filters, page size and the offset to start at.</param>
    public Pager<OrganizationInvitation> GetOrganizationInvitationListAutoPaging(GetOrganizationInvitationListParams parameters) =>
        new((offset, limit, ct) => _runner.Run(OrganizationsRequests.GetOrganizationInvitationPage(parameters is null ? null : parameters with { Offset = offset, Limit = limit }), ct),
            parameters?.Limit, parameters?.Offset);
}
