using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The membership and body of <see cref="OrganizationsApi.UpdateOrganizationMembership"/>.</summary>
public sealed record UpdateOrganizationMembershipParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The member's user id (in the route, not the body).</summary>
    [JsonIgnore]
    public string UserId { get; init; } = "";

    /// <summary>The new role key, e.g. <c>org:admin</c>.</summary>
    public required string Role { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>PATCH /organizations/{organization_id}/memberships/{user_id}</c>.</summary>
    /// <param name="parameters">The membership and its new role.</param>
    public static Either<ClerkError, ApiCall<OrganizationMembership>> UpdateOrganizationMembership(UpdateOrganizationMembershipParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, OrganizationRoute(p.OrganizationId).Then("memberships").ThenId(p.UserId),
            Decode.Json(Ctx.OrganizationMembership), ClerkJson.Body(p, Ctx.UpdateOrganizationMembershipParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PATCH /organizations/{organization_id}/memberships/{user_id}</c>: changes a member's role.</summary>
    /// <param name="parameters">The membership and its new role.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationMembership>> UpdateOrganizationMembership(UpdateOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganizationMembership(parameters), cancellationToken);
}
