using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.OrganizationRoles;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>organizationRoles</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class OrganizationRolesClient(OrganizationRolesApi core)
{
    /// <inheritdoc cref="OrganizationRolesApi.GetOrganizationRoleList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Role>> GetOrganizationRoleListAsync(GetOrganizationRoleListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationRoleList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.GetOrganizationRoleListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Role> GetOrganizationRoleListAutoPagingAsync(GetOrganizationRoleListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationRoleListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationRolesApi.GetOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Role> GetOrganizationRoleAsync(string organizationRoleId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationRole(organizationRoleId, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.CreateOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Role> CreateOrganizationRoleAsync(CreateOrganizationRoleParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationRole(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.UpdateOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Role> UpdateOrganizationRoleAsync(UpdateOrganizationRoleParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationRole(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.DeleteOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteOrganizationRoleAsync(string organizationRoleId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganizationRole(organizationRoleId, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.AssignPermissionToOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Role> AssignPermissionToOrganizationRoleAsync(OrganizationRolePermissionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.AssignPermissionToOrganizationRole(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationRolesApi.RemovePermissionFromOrganizationRole"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Role> RemovePermissionFromOrganizationRoleAsync(OrganizationRolePermissionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RemovePermissionFromOrganizationRole(parameters, cancellationToken));
}
