using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Machines;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>machines</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class MachinesClient(MachinesApi core)
{
    /// <inheritdoc cref="MachinesApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Machine> GetAsync(string machineId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(machineId, cancellationToken));

    /// <inheritdoc cref="MachinesApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Machine>> ListAsync(GetMachineListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="MachinesApi.ListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Machine> ListAutoPagingAsync(GetMachineListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.ListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="MachinesApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Machine> CreateAsync(CreateMachineParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="MachinesApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Machine> UpdateAsync(UpdateMachineParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="MachinesApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string machineId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(machineId, cancellationToken));

    /// <inheritdoc cref="MachinesApi.GetSecretKey"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<MachineSecretKey> GetSecretKeyAsync(string machineId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSecretKey(machineId, cancellationToken));

    /// <inheritdoc cref="MachinesApi.RotateSecretKey"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<MachineSecretKey> RotateSecretKeyAsync(RotateMachineSecretKeyParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RotateSecretKey(parameters, cancellationToken));

    /// <inheritdoc cref="MachinesApi.CreateScope"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<MachineScope> CreateScopeAsync(string machineId, string toMachineId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateScope(machineId, toMachineId, cancellationToken));

    /// <inheritdoc cref="MachinesApi.DeleteScope"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<MachineScope> DeleteScopeAsync(string machineId, string otherMachineId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteScope(machineId, otherMachineId, cancellationToken));
}
