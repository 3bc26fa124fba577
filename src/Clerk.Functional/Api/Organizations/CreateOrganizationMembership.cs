using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization and body of <see cref="OrganizationsApi.CreateOrganizationMembership"/>. Only set members are sent.</summary>
public sealed record CreateOrganizationMembershipParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The user who becomes a member.</summary>
    public required string UserId { get; init; }

    /// <summary>The member's role key, e.g. <c>org:member</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Public metadata of the membership, sent verbatim (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public JsonElement? PublicMetadata { get; init; }

    /// <summary>Private metadata of the membership, sent verbatim (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public JsonElement? PrivateMetadata { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>POST /organizations/{organization_id}/memberships</c>.</summary>
    /// <param name="parameters">The organization, user and role.</param>
    public static Either<ClerkError, ApiCall<OrganizationMembership>> CreateOrganizationMembership(CreateOrganizationMembershipParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, OrganizationRoute(p.OrganizationId).Then("memberships"),
            Decode.Json(Ctx.OrganizationMembership), ClerkJson.Body(p, Ctx.CreateOrganizationMembershipParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations/{organization_id}/memberships</c>: adds a user to an organization with a role.</summary>
    /// <param name="parameters">The organization, user and role.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationMembership>> CreateOrganizationMembership(CreateOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.CreateOrganizationMembership(parameters), cancellationToken);
}
