using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.RoleSets;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>roleSets</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class RoleSetsClient(RoleSetsApi core)
{
    /// <inheritdoc cref="RoleSetsApi.GetRoleSetList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<RoleSet>> GetRoleSetListAsync(GetRoleSetListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetRoleSetList(parameters, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.GetRoleSetListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<RoleSet> GetRoleSetListAutoPagingAsync(GetRoleSetListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetRoleSetListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="RoleSetsApi.GetRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RoleSet> GetRoleSetAsync(string roleSetKeyOrId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetRoleSet(roleSetKeyOrId, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.CreateRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RoleSet> CreateRoleSetAsync(CreateRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateRoleSet(parameters, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.UpdateRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RoleSet> UpdateRoleSetAsync(UpdateRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateRoleSet(parameters, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.AddRolesToRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RoleSet> AddRolesToRoleSetAsync(AddRolesToRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.AddRolesToRoleSet(parameters, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.ReplaceRoleInRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RoleSet> ReplaceRoleInRoleSetAsync(ReplaceRoleInRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.ReplaceRoleInRoleSet(parameters, cancellationToken));

    /// <inheritdoc cref="RoleSetsApi.ReplaceRoleSet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> ReplaceRoleSetAsync(ReplaceRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.ReplaceRoleSet(parameters, cancellationToken));
}
