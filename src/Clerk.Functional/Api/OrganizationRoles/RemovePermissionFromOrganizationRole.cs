using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

public static partial class OrganizationRolesRequests
{
    /// <summary><c>DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}</c>.</summary>
    /// <param name="parameters">The role and the permission.</param>
    public static Either<ClerkError, ApiCall<Role>> RemovePermissionFromOrganizationRole(OrganizationRolePermissionParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Delete, RolePermissionRoute(p), Decode.Json(Ctx.Role)));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}</c>: takes a permission away from a role.</summary>
    /// <param name="parameters">The role and the permission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Role>> RemovePermissionFromOrganizationRole(OrganizationRolePermissionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.RemovePermissionFromOrganizationRole(parameters), cancellationToken);
}
