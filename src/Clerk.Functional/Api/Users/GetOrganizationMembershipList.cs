using Clerk.Functional.Errors;
using Clerk.Functional.Http;
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

public static partial class UserRequests
{
    /// <summary><c>GET /users/{user_id}/organization_memberships</c>.</summary>
    /// <param name="parameters">The user and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetUserOrganizationMembershipListParams parameters) =>
        ApiCall.Of(HttpVerb.Get, UserRoute(parameters.UserId).Then("organization_memberships"),
            Decode.Page(Ctx.PageWireOrganizationMembership),
            query: QueryBuilder.Empty.Add("limit", parameters.Limit).Add("offset", parameters.Offset).Build());
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}/organization_memberships</c>: the organizations a user belongs to.</summary>
    /// <param name="parameters">The user and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetUserOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UserRequests.GetOrganizationMembershipList(parameters), cancellationToken);
}
