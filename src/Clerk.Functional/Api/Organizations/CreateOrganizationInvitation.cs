using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization and body of <see cref="OrganizationsApi.CreateOrganizationInvitation"/>. Only set members are sent.</summary>
public sealed record CreateOrganizationInvitationParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>Who is invited.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>The role key the invitee gets, e.g. <c>org:member</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Days until the invitation expires.</summary>
    public int? ExpiresInDays { get; init; }

    /// <summary>The member who sends the invitation.</summary>
    public string? InviterUserId { get; init; }

    /// <summary>Private metadata of the invitation, sent verbatim.</summary>
    public JsonElement? PrivateMetadata { get; init; }

    /// <summary>Public metadata of the invitation, sent verbatim.</summary>
    public JsonElement? PublicMetadata { get; init; }

    /// <summary>Where the invitation link leads.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>Whether Clerk emails the invitation (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? Notify { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>POST /organizations/{organization_id}/invitations</c>.</summary>
    /// <param name="parameters">The organization and the invitation.</param>
    public static Either<ClerkError, ApiCall<OrganizationInvitation>> CreateOrganizationInvitation(CreateOrganizationInvitationParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, OrganizationRoute(p.OrganizationId).Then("invitations"),
            Decode.Json(Ctx.OrganizationInvitation), ClerkJson.Body(p, Ctx.CreateOrganizationInvitationParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations/{organization_id}/invitations</c>: invites someone to join an organization.</summary>
    /// <param name="parameters">The organization and the invitation.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationInvitation>> CreateOrganizationInvitation(CreateOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.CreateOrganizationInvitation(parameters), cancellationToken);
}
