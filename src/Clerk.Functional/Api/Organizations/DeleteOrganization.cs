using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

public static partial class OrganizationsRequests
{
    /// <summary><c>DELETE /organizations/{organization_id}</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteOrganization(string organizationId) =>
        ApiCall.Of(HttpVerb.Delete, OrganizationRoute(organizationId), Decode.Deleted);
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>DELETE /organizations/{organization_id}</c>: deletes an organization with its memberships, invitations and domains.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteOrganization(string organizationId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.DeleteOrganization(organizationId), cancellationToken);
}
