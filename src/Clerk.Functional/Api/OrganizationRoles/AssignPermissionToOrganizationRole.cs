using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

/// <summary>A role and a permission, for <see cref="OrganizationRolesApi.AssignPermissionToOrganizationRole"/> and
/// <see cref="OrganizationRolesApi.RemovePermissionFromOrganizationRole"/> (both ids go in the route; empty ids are refused before anything is sent).</summary>
public sealed record OrganizationRolePermissionParams
{
    /// <summary>The role's id.</summary>
    public string OrganizationRoleId { get; init; } = "";

    /// <summary>The permission's id.</summary>
    public string PermissionId { get; init; } = "";
}

public static partial class OrganizationRolesRequests
{
    private static Either<ClerkError, Route> RolePermissionRoute(OrganizationRolePermissionParams p) =>
        OrganizationRoles.ThenId(p.OrganizationRoleId).Then("permissions").ThenId(p.PermissionId);

    /// <summary><c>POST /organization_roles/{organization_role_id}/permissions/{permission_id}</c>.</summary>
    /// <param name="parameters">The role and the permission.</param>
    public static Either<ClerkError, ApiCall<Role>> AssignPermissionToOrganizationRole(OrganizationRolePermissionParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, RolePermissionRoute(p), Decode.Json(Ctx.Role)));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>POST /organization_roles/{organization_role_id}/permissions/{permission_id}</c>: adds a permission to a role.</summary>
    /// <param name="parameters">The role and the permission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Role>> AssignPermissionToOrganizationRole(OrganizationRolePermissionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.AssignPermissionToOrganizationRole(parameters), cancellationToken);
}
