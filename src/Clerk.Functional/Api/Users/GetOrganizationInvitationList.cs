using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The user, status filter and paging of <see cref="UsersApi.GetOrganizationInvitationList"/>.</summary>
public sealed record GetUserOrganizationInvitationListParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>Only invitations with this status: <c>pending</c>, <c>accepted</c>, <c>revoked</c>, <c>expired</c>.</summary>
    public OrganizationInvitationStatus? Status { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Number of invitations to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class UsersRequests
{
    /// <summary>One page of <see cref="GetOrganizationInvitationList"/> with the total only when Clerk reports it (for <see cref="Pager{T}"/>).</summary>
    /// <param name="parameters">The user, filters and paging.</param>
    public static Either<ClerkError, ApiCall<PageOf<OrganizationInvitation>>> GetOrganizationInvitationListPage(GetUserOrganizationInvitationListParams? parameters) =>
        GetOrganizationInvitationList(parameters, Decode.PageOf(Ctx.PageWireOrganizationInvitation));

    /// <summary><c>GET /users/{user_id}/organization_invitations</c>.</summary>
    /// <param name="parameters">The user, filter and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationInvitation>>> GetOrganizationInvitationList(GetUserOrganizationInvitationListParams? parameters) =>
        GetOrganizationInvitationList(parameters, Decode.Page(Ctx.PageWireOrganizationInvitation));

    private static Either<ClerkError, ApiCall<R>> GetOrganizationInvitationList<R>(GetUserOrganizationInvitationListParams? parameters, Decoder<R> decoder) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Get, UserRoute(parameters.UserId).Then("organization_invitations"),
            decoder,
            query: QueryBuilder.Empty.Add("status", parameters.Status?.Value).Add("limit", parameters.Limit).Add("offset", parameters.Offset).Build()));
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}/organization_invitations</c>: the organization invitations sent to a user.</summary>
    /// <param name="parameters">The user, filter and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationInvitation>>> GetOrganizationInvitationList(GetUserOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetOrganizationInvitationList(parameters), cancellationToken);

    /// <summary>Every item of <see cref="GetOrganizationInvitationList"/>, streamed page by page (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The user and filters; <c>Limit</c> is the page size, <c>Offset</c> the start.</param>
    public Pager<OrganizationInvitation> GetOrganizationInvitationListAutoPaging(GetUserOrganizationInvitationListParams? parameters) =>
        new((offset, limit, ct) => _runner.Run(UsersRequests.GetOrganizationInvitationListPage(parameters is null ? null : parameters with { Offset = offset, Limit = limit }), ct),
            parameters?.Limit, parameters?.Offset);
}
