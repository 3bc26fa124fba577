using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationPermissions;

/// <summary>The body of <see cref="OrganizationPermissionsApi.CreateOrganizationPermission"/>.</summary>
public sealed record CreateOrganizationPermissionParams
{
    /// <summary>The permission's name.</summary>
    public required string Name { get; init; }

    /// <summary>The permission's key, <c>org:feature:action</c> (lowercase letters, digits, underscores; not <c>org:sys_…</c>).</summary>
    public required string Key { get; init; }

    /// <summary>A description of the permission.</summary>
    public string? Description { get; init; }
}

public static partial class OrganizationPermissionsRequests
{
    /// <summary><c>POST /organization_permissions</c>.</summary>
    /// <param name="parameters">The name, key and description.</param>
    public static Either<ClerkError, ApiCall<Permission>> CreateOrganizationPermission(CreateOrganizationPermissionParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, OrganizationPermissions, Decode.Json(Ctx.Permission),
            ClerkJson.Body(p, Ctx.CreateOrganizationPermissionParams)));
}

public sealed partial class OrganizationPermissionsApi
{
    /// <summary><c>POST /organization_permissions</c>: creates a custom organization permission.</summary>
    /// <param name="parameters">The name, key and description.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Permission>> CreateOrganizationPermission(CreateOrganizationPermissionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationPermissionsRequests.CreateOrganizationPermission(parameters), cancellationToken);
}
