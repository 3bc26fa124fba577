using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.OrganizationPermissions;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>organizationPermissions</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class OrganizationPermissionsClient(OrganizationPermissionsApi core)
{
    /// <inheritdoc cref="OrganizationPermissionsApi.GetOrganizationPermissionList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Permission>> GetOrganizationPermissionListAsync(GetOrganizationPermissionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationPermissionList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationPermissionsApi.GetOrganizationPermissionListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Permission> GetOrganizationPermissionListAutoPagingAsync(GetOrganizationPermissionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationPermissionListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationPermissionsApi.GetOrganizationPermission"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Permission> GetOrganizationPermissionAsync(string permissionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationPermission(permissionId, cancellationToken));

    /// <inheritdoc cref="OrganizationPermissionsApi.CreateOrganizationPermission"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Permission> CreateOrganizationPermissionAsync(CreateOrganizationPermissionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationPermission(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationPermissionsApi.UpdateOrganizationPermission"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Permission> UpdateOrganizationPermissionAsync(UpdateOrganizationPermissionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationPermission(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationPermissionsApi.DeleteOrganizationPermission"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteOrganizationPermissionAsync(string permissionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganizationPermission(permissionId, cancellationToken));
}
