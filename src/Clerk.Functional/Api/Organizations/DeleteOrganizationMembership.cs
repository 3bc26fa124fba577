using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The membership of <see cref="OrganizationsApi.DeleteOrganizationMembership"/>.</summary>
public sealed record DeleteOrganizationMembershipParams
{
    /// <summary>The organization's id.</summary>
    public string OrganizationId { get; init; } = "";

    /// <summary>The member's user id.</summary>
    public string UserId { get; init; } = "";
}

public static partial class OrganizationsRequests
{
    /// <summary><c>DELETE /organizations/{organization_id}/memberships/{user_id}</c>.</summary>
    /// <param name="parameters">The membership.</param>
    public static Either<ClerkError, ApiCall<OrganizationMembership>> DeleteOrganizationMembership(DeleteOrganizationMembershipParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Delete, OrganizationRoute(p.OrganizationId).Then("memberships").ThenId(p.UserId),
            Decode.Json(Ctx.OrganizationMembership)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>DELETE /organizations/{organization_id}/memberships/{user_id}</c>: removes a user from an organization;
    /// the answer is the removed membership.</summary>
    /// <param name="parameters">The membership.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationMembership>> DeleteOrganizationMembership(DeleteOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.DeleteOrganizationMembership(parameters), cancellationToken);
}
