using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationPermissions;

public static partial class OrganizationPermissionsRequests
{
    /// <summary><c>GET /organization_permissions/{permission_id}</c>.</summary>
    /// <param name="permissionId">The permission's id.</param>
    public static Either<ClerkError, ApiCall<Permission>> GetOrganizationPermission(string permissionId) =>
        ApiCall.Of(HttpVerb.Get, OrganizationPermissions.ThenId(permissionId), Decode.Json(Ctx.Permission));
}

public sealed partial class OrganizationPermissionsApi
{
    /// <summary><c>GET /organization_permissions/{permission_id}</c>: one organization permission.</summary>
    /// <param name="permissionId">The permission's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Permission>> GetOrganizationPermission(string permissionId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationPermissionsRequests.GetOrganizationPermission(permissionId), cancellationToken);
}
