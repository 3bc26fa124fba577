using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.EnterpriseConnections;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>enterpriseConnections</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class EnterpriseConnectionsClient(EnterpriseConnectionsApi core)
{
    /// <inheritdoc cref="EnterpriseConnectionsApi.CreateEnterpriseConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EnterpriseConnection> CreateEnterpriseConnectionAsync(CreateEnterpriseConnectionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateEnterpriseConnection(parameters, cancellationToken));

    /// <inheritdoc cref="EnterpriseConnectionsApi.UpdateEnterpriseConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EnterpriseConnection> UpdateEnterpriseConnectionAsync(string enterpriseConnectionId, UpdateEnterpriseConnectionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateEnterpriseConnection(enterpriseConnectionId, parameters, cancellationToken));

    /// <inheritdoc cref="EnterpriseConnectionsApi.GetEnterpriseConnectionList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<EnterpriseConnection>> GetEnterpriseConnectionListAsync(GetEnterpriseConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetEnterpriseConnectionList(parameters, cancellationToken));

    /// <inheritdoc cref="EnterpriseConnectionsApi.GetEnterpriseConnectionListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<EnterpriseConnection> GetEnterpriseConnectionListAutoPagingAsync(GetEnterpriseConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetEnterpriseConnectionListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="EnterpriseConnectionsApi.GetEnterpriseConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EnterpriseConnection> GetEnterpriseConnectionAsync(string enterpriseConnectionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetEnterpriseConnection(enterpriseConnectionId, cancellationToken));

    /// <inheritdoc cref="EnterpriseConnectionsApi.DeleteEnterpriseConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteEnterpriseConnectionAsync(string enterpriseConnectionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteEnterpriseConnection(enterpriseConnectionId, cancellationToken));
}
