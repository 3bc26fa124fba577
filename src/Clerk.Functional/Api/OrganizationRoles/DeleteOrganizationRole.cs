using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

public static partial class OrganizationRolesRequests
{
    /// <summary><c>DELETE /organization_roles/{organization_role_id}</c>.</summary>
    /// <param name="organizationRoleId">The role's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteOrganizationRole(string organizationRoleId) =>
        ApiCall.Of(HttpVerb.Delete, OrganizationRoles.ThenId(organizationRoleId), Decode.Deleted);
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>DELETE /organization_roles/{organization_role_id}</c>: deletes an organization role.</summary>
    /// <param name="organizationRoleId">The role's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteOrganizationRole(string organizationRoleId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.DeleteOrganizationRole(organizationRoleId), cancellationToken);
}
