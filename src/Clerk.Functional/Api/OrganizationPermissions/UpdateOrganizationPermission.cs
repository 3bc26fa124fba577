using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationPermissions;

/// <summary>Which permission <see cref="OrganizationPermissionsApi.UpdateOrganizationPermission"/> changes, and how; only set members are sent.</summary>
public sealed record UpdateOrganizationPermissionParams
{
    /// <summary>The permission's id (in the route); an empty id is refused before anything is sent.</summary>
    [JsonIgnore]
    public string PermissionId { get; init; } = "";

    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The new key, <c>org:feature:action</c> (not <c>org:sys_…</c>).</summary>
    public string? Key { get; init; }

    /// <summary>The new description.</summary>
    public string? Description { get; init; }
}

public static partial class OrganizationPermissionsRequests
{
    /// <summary><c>PATCH /organization_permissions/{permission_id}</c>.</summary>
    /// <param name="parameters">The permission and the changes.</param>
    public static Either<ClerkError, ApiCall<Permission>> UpdateOrganizationPermission(UpdateOrganizationPermissionParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, OrganizationPermissions.ThenId(p.PermissionId), Decode.Json(Ctx.Permission),
            ClerkJson.Body(p, Ctx.UpdateOrganizationPermissionParams)));
}

public sealed partial class OrganizationPermissionsApi
{
    /// <summary><c>PATCH /organization_permissions/{permission_id}</c>: renames a permission or changes its key or description.</summary>
    /// <param name="parameters">The permission and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Permission>> UpdateOrganizationPermission(UpdateOrganizationPermissionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationPermissionsRequests.UpdateOrganizationPermission(parameters), cancellationToken);
}
