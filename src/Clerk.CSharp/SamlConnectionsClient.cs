using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.SamlConnections;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>samlConnections</c> sub-API for conventional C# (deprecated: use <see cref="EnterpriseConnectionsClient"/>):
/// each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
[Obsolete("Use EnterpriseConnections instead.")]
public sealed class SamlConnectionsClient(SamlConnectionsApi core)
{
    /// <inheritdoc cref="SamlConnectionsApi.GetSamlConnectionList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Task<PaginatedResourceResponse<SamlConnection>> GetSamlConnectionListAsync(GetSamlConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSamlConnectionList(parameters, cancellationToken));

    /// <inheritdoc cref="SamlConnectionsApi.GetSamlConnectionListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public IAsyncEnumerable<SamlConnection> GetSamlConnectionListAutoPagingAsync(GetSamlConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetSamlConnectionListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="SamlConnectionsApi.CreateSamlConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Task<SamlConnection> CreateSamlConnectionAsync(CreateSamlConnectionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateSamlConnection(parameters, cancellationToken));

    /// <inheritdoc cref="SamlConnectionsApi.GetSamlConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Task<SamlConnection> GetSamlConnectionAsync(string samlConnectionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSamlConnection(samlConnectionId, cancellationToken));

    /// <inheritdoc cref="SamlConnectionsApi.UpdateSamlConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Task<SamlConnection> UpdateSamlConnectionAsync(string samlConnectionId, UpdateSamlConnectionParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateSamlConnection(samlConnectionId, parameters, cancellationToken));

    /// <inheritdoc cref="SamlConnectionsApi.DeleteSamlConnection"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Task<DeletedObject> DeleteSamlConnectionAsync(string samlConnectionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteSamlConnection(samlConnectionId, cancellationToken));
}
