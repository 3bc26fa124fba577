using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The invitation of <see cref="OrganizationsApi.GetOrganizationInvitation"/>.</summary>
public sealed record GetOrganizationInvitationParams
{
    /// <summary>The organization's id.</summary>
    public string OrganizationId { get; init; } = "";

    /// <summary>The invitation's id.</summary>
    public string InvitationId { get; init; } = "";
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations/{organization_id}/invitations/{invitation_id}</c>.</summary>
    /// <param name="parameters">The organization and invitation.</param>
    public static Either<ClerkError, ApiCall<OrganizationInvitation>> GetOrganizationInvitation(GetOrganizationInvitationParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("invitations").ThenId(p.InvitationId),
            Decode.Json(Ctx.OrganizationInvitation)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations/{organization_id}/invitations/{invitation_id}</c>: one invitation of an organization.</summary>
    /// <param name="parameters">The organization and invitation.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationInvitation>> GetOrganizationInvitation(GetOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganizationInvitation(parameters), cancellationToken);
}
