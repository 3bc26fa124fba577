using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Clients;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>clients</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class ClientsClient(ClientsApi core)
{
    /// <inheritdoc cref="ClientsApi.GetClientList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    [Obsolete("Clerk deprecated listing every client; get a client by id or verify its token instead.")]
    public Task<PaginatedResourceResponse<Client>> GetClientListAsync(GetClientListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetClientList(parameters, cancellationToken));

    /// <inheritdoc cref="ClientsApi.GetClientListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    [Obsolete("Clerk deprecated listing every client; get a client by id or verify its token instead.")]
    public IAsyncEnumerable<Client> GetClientListAutoPagingAsync(GetClientListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetClientListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="ClientsApi.GetClient"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Client> GetClientAsync(string clientId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetClient(clientId, cancellationToken));

    /// <inheritdoc cref="ClientsApi.VerifyClient"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Client> VerifyClientAsync(string token, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.VerifyClient(token, cancellationToken));

    /// <inheritdoc cref="ClientsApi.GetHandshakePayload"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<HandshakePayload> GetHandshakePayloadAsync(GetHandshakePayloadParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetHandshakePayload(parameters, cancellationToken));
}
