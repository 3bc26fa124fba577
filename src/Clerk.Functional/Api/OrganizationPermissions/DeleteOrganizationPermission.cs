using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationPermissions;

public static partial class OrganizationPermissionsRequests
{
    /// <summary><c>DELETE /organization_permissions/{permission_id}</c>.</summary>
    /// <param name="permissionId">The permission's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteOrganizationPermission(string permissionId) =>
        ApiCall.Of(HttpVerb.Delete, OrganizationPermissions.ThenId(permissionId), Decode.Deleted);
}

public sealed partial class OrganizationPermissionsApi
{
    /// <summary><c>DELETE /organization_permissions/{permission_id}</c>: deletes a custom organization permission.</summary>
    /// <param name="permissionId">The permission's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteOrganizationPermission(string permissionId, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationPermissionsRequests.DeleteOrganizationPermission(permissionId), cancellationToken);
}
