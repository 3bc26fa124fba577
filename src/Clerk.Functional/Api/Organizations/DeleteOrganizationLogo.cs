using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

public static partial class OrganizationsRequests
{
    /// <summary><c>DELETE /organizations/{organization_id}/logo</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    public static Either<ClerkError, ApiCall<Organization>> DeleteOrganizationLogo(string organizationId) =>
        ApiCall.Of(HttpVerb.Delete, OrganizationRoute(organizationId).Then("logo"), Decode.Json(Ctx.Organization));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>DELETE /organizations/{organization_id}/logo</c>: removes the organization's logo.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> DeleteOrganizationLogo(string organizationId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.DeleteOrganizationLogo(organizationId), cancellationToken);
}
