using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Domains;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>domains</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class DomainsClient(DomainsApi core)
{
    /// <inheritdoc cref="DomainsApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Domain>> ListAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(cancellationToken));

    /// <inheritdoc cref="DomainsApi.Add"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Domain> AddAsync(AddDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Add(parameters, cancellationToken));

    /// <inheritdoc cref="DomainsApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Domain> UpdateAsync(UpdateDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="DomainsApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string satelliteDomainId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(satelliteDomainId, cancellationToken));

    /// <inheritdoc cref="DomainsApi.DeleteDomain"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use Delete.")]
    public Task<DeletedObject> DeleteDomainAsync(string satelliteDomainId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteDomain(satelliteDomainId, cancellationToken));
}
