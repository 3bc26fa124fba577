using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The membership and metadata of <see cref="OrganizationsApi.UpdateOrganizationMembershipMetadata"/>. Each set
/// metadata member is sent verbatim; null sends JSON null.</summary>
public sealed record UpdateOrganizationMembershipMetadataParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The member's user id (in the route, not the body).</summary>
    [JsonIgnore]
    public string UserId { get; init; } = "";

    /// <summary>Public metadata to merge.</summary>
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Private metadata to merge.</summary>
    public Optional<JsonElement?> PrivateMetadata { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>PATCH /organizations/{organization_id}/memberships/{user_id}/metadata</c>.</summary>
    /// <param name="parameters">The membership and the metadata to merge.</param>
    public static Either<ClerkError, ApiCall<OrganizationMembership>> UpdateOrganizationMembershipMetadata(UpdateOrganizationMembershipMetadataParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch,
            OrganizationRoute(p.OrganizationId).Then("memberships").ThenId(p.UserId).Then("metadata"),
            Decode.Json(Ctx.OrganizationMembership), ClerkJson.Body(p, Ctx.UpdateOrganizationMembershipMetadataParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PATCH /organizations/{organization_id}/memberships/{user_id}/metadata</c>: deep-merges metadata into the
    /// membership's (a null value removes a key).</summary>
    /// <param name="parameters">The membership and the metadata to merge.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationMembership>> UpdateOrganizationMembershipMetadata(UpdateOrganizationMembershipMetadataParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganizationMembershipMetadata(parameters), cancellationToken);
}
