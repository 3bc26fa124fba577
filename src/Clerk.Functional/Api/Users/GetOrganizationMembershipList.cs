using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The user and paging of <see cref="UsersApi.GetOrganizationMembershipList"/>.</summary>
public sealed record GetUserOrganizationMembershipListParams
{
    /// <summary>The user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Number of memberships to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class UsersRequests
{
    /// <summary>One page of <see cref="GetOrganizationMembershipList"/> with the total only when Clerk reports it (for <see cref="Pager{T}"/>).</summary>
    /// <param name="parameters">The user, filters and paging.</param>
    public static Either<ClerkError, ApiCall<PageOf<OrganizationMembership>>> GetOrganizationMembershipListPage(GetUserOrganizationMembershipListParams? parameters) =>
        GetOrganizationMembershipList(parameters, Decode.PageOf(Ctx.PageWireOrganizationMembership));

    /// <summary><c>GET /users/{user_id}/organization_memberships</c>.</summary>
    /// <param name="parameters">The user and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetUserOrganizationMembershipListParams? parameters) =>
        GetOrganizationMembershipList(parameters, Decode.Page(Ctx.PageWireOrganizationMembership));

    private static Either<ClerkError, ApiCall<R>> GetOrganizationMembershipList<R>(GetUserOrganizationMembershipListParams? parameters, Decoder<R> decoder) =>
        Params.Require(parameters).Bind(parameters => ApiCall.Of(HttpVerb.Get, UserRoute(parameters.UserId).Then("organization_memberships"),
            decoder,
            query: QueryBuilder.Empty.Add("limit", parameters.Limit).Add("offset", parameters.Offset).Build()));
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}/organization_memberships</c>: the organizations a user belongs to.</summary>
    /// <param name="parameters">The user and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetUserOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetOrganizationMembershipList(parameters), cancellationToken);

    /// <summary>Every item of <see cref="GetOrganizationMembershipList"/>, streamed page by page (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The user and filters; <c>Limit</c> is the page size, <c>Offset</c> the start.</param>
    public Pager<OrganizationMembership> GetOrganizationMembershipListAutoPaging(GetUserOrganizationMembershipListParams? parameters) =>
        new((offset, limit, ct) => _runner.Run(UsersRequests.GetOrganizationMembershipListPage(parameters is null ? null : parameters with { Offset = offset, Limit = limit }), ct),
            parameters?.Limit, parameters?.Offset);
}
