using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

public static partial class OrganizationsRequests
{
    /// <summary><c>PUT /organizations/{organization_id}/metadata</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The metadata that replaces the organization's.</param>
    public static Either<ClerkError, ApiCall<Organization>> ReplaceOrganizationMetadata(string organizationId, OrganizationMetadataParams? parameters) =>
        ApiCall.Of(HttpVerb.Put, OrganizationRoute(organizationId).Then("metadata"), Decode.Json(Ctx.Organization),
            ClerkJson.Body(parameters, Ctx.OrganizationMetadataParams));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PUT /organizations/{organization_id}/metadata</c>: replaces each metadata object that is set (an empty object clears it).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The metadata that replaces the organization's.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> ReplaceOrganizationMetadata(string organizationId, OrganizationMetadataParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.ReplaceOrganizationMetadata(organizationId, parameters), cancellationToken);
}
