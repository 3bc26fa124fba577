using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The invitation and body of <see cref="OrganizationsApi.RevokeOrganizationInvitation"/>. Without
/// <see cref="RequestingUserId"/> no body is sent.</summary>
public sealed record RevokeOrganizationInvitationParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The invitation's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string InvitationId { get; init; } = "";

    /// <summary>The member who revokes the invitation.</summary>
    public string? RequestingUserId { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>POST /organizations/{organization_id}/invitations/{invitation_id}/revoke</c>.</summary>
    /// <param name="parameters">The organization, invitation and requesting user.</param>
    public static Either<ClerkError, ApiCall<OrganizationInvitation>> RevokeOrganizationInvitation(RevokeOrganizationInvitationParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post,
            OrganizationRoute(p.OrganizationId).Then("invitations").ThenId(p.InvitationId).Then("revoke"),
            Decode.Json(Ctx.OrganizationInvitation), ClerkJson.Body(p, Ctx.RevokeOrganizationInvitationParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations/{organization_id}/invitations/{invitation_id}/revoke</c>: revokes a pending invitation.</summary>
    /// <param name="parameters">The organization, invitation and requesting user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationInvitation>> RevokeOrganizationInvitation(RevokeOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.RevokeOrganizationInvitation(parameters), cancellationToken);
}
