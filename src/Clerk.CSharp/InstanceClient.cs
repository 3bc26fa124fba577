using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Instance;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>instance</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class InstanceClient(InstanceApi core)
{
    /// <inheritdoc cref="InstanceApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Clerk.Functional.Resources.Instance> GetAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(cancellationToken));

    /// <inheritdoc cref="InstanceApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task UpdateAsync(UpdateInstanceParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunVoidAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="InstanceApi.UpdateRestrictions"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<InstanceRestrictions> UpdateRestrictionsAsync(UpdateRestrictionsParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateRestrictions(parameters, cancellationToken));

    /// <inheritdoc cref="InstanceApi.GetOrganizationSettings"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationSettings> GetOrganizationSettingsAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationSettings(cancellationToken));

    /// <inheritdoc cref="InstanceApi.UpdateOrganizationSettings"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationSettings> UpdateOrganizationSettingsAsync(UpdateOrganizationSettingsParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationSettings(parameters, cancellationToken));
}
