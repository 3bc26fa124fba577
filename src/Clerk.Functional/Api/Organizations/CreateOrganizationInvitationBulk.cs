using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>One invitation of <see cref="OrganizationsApi.CreateOrganizationInvitationBulk"/> (the organization is in the route). Only set members are sent.</summary>
public sealed record CreateOrganizationInvitationBulkItem
{
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
    /// <summary><c>POST /organizations/{organization_id}/invitations/bulk</c> with a JSON array of invitations.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The invitations.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationInvitation>>> CreateOrganizationInvitationBulk(string organizationId, IReadOnlyList<CreateOrganizationInvitationBulkItem>? parameters) =>
        parameters is not null && parameters.Any(p => p is null)
            ? Prelude.Left<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationInvitation>>>(new ClerkError.InvalidArgument("An invitation of the bulk is null."))
            : ApiCall.Of(HttpVerb.Post, OrganizationRoute(organizationId).Then("invitations").Then("bulk"), Decode.Page(Ctx.PageWireOrganizationInvitation),
                ClerkJson.Body(parameters, Ctx.IReadOnlyListCreateOrganizationInvitationBulkItem));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations/{organization_id}/invitations/bulk</c>: many invitations in one request; the answer
    /// is the created invitations with their count.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The invitations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationInvitation>>> CreateOrganizationInvitationBulk(string organizationId, IReadOnlyList<CreateOrganizationInvitationBulkItem> parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.CreateOrganizationInvitationBulk(organizationId, parameters), cancellationToken);
}
