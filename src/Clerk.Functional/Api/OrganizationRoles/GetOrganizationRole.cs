using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

public static partial class OrganizationRolesRequests
{
    /// <summary><c>GET /organization_roles/{organization_role_id}</c>.</summary>
    /// <param name="organizationRoleId">The role's id.</param>
    public static Either<ClerkError, ApiCall<Role>> GetOrganizationRole(string organizationRoleId) =>
        ApiCall.Of(HttpVerb.Get, OrganizationRoles.ThenId(organizationRoleId), Decode.Json(Ctx.Role));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>GET /organization_roles/{organization_role_id}</c>: one organization role, with its permissions.</summary>
    /// <param name="organizationRoleId">The role's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Role>> GetOrganizationRole(string organizationRoleId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.GetOrganizationRole(organizationRoleId), cancellationToken);
}
