using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

public static partial class OrganizationsRequests
{
    /// <summary><c>PATCH /organizations/{organization_id}/metadata</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The metadata to merge.</param>
    public static Either<ClerkError, ApiCall<Organization>> UpdateOrganizationMetadata(string organizationId, OrganizationMetadataParams? parameters) =>
        ApiCall.Of(HttpVerb.Patch, OrganizationRoute(organizationId).Then("metadata"), Decode.Json(Ctx.Organization),
            ClerkJson.Body(parameters, Ctx.OrganizationMetadataParams));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PATCH /organizations/{organization_id}/metadata</c>: deep-merges metadata into the organization's (a null value removes a key).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The metadata to merge.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> UpdateOrganizationMetadata(string organizationId, OrganizationMetadataParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganizationMetadata(organizationId, parameters), cancellationToken);
}
