using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.AllowlistIdentifiers;
using Clerk.Functional.Api.BlocklistIdentifiers;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>allowlistIdentifiers</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class AllowlistIdentifiersClient(AllowlistIdentifiersApi core)
{
    /// <inheritdoc cref="AllowlistIdentifiersApi.GetAllowlistIdentifierList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<AllowlistIdentifier>> GetAllowlistIdentifierListAsync(GetAllowlistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetAllowlistIdentifierList(parameters, cancellationToken));

    /// <inheritdoc cref="AllowlistIdentifiersApi.GetAllowlistIdentifierListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<AllowlistIdentifier> GetAllowlistIdentifierListAutoPagingAsync(GetAllowlistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetAllowlistIdentifierListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="AllowlistIdentifiersApi.CreateAllowlistIdentifier"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<AllowlistIdentifier> CreateAllowlistIdentifierAsync(CreateAllowlistIdentifierParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateAllowlistIdentifier(parameters, cancellationToken));

    /// <inheritdoc cref="AllowlistIdentifiersApi.DeleteAllowlistIdentifier"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAllowlistIdentifierAsync(string identifierId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteAllowlistIdentifier(identifierId, cancellationToken));
}

/// <summary>The <c>blocklistIdentifiers</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class BlocklistIdentifiersClient(BlocklistIdentifiersApi core)
{
    /// <inheritdoc cref="BlocklistIdentifiersApi.GetBlocklistIdentifierList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<BlocklistIdentifier>> GetBlocklistIdentifierListAsync(GetBlocklistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetBlocklistIdentifierList(parameters, cancellationToken));

    /// <inheritdoc cref="BlocklistIdentifiersApi.GetBlocklistIdentifierListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<BlocklistIdentifier> GetBlocklistIdentifierListAutoPagingAsync(GetBlocklistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetBlocklistIdentifierListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="BlocklistIdentifiersApi.CreateBlocklistIdentifier"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<BlocklistIdentifier> CreateBlocklistIdentifierAsync(CreateBlocklistIdentifierParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateBlocklistIdentifier(parameters, cancellationToken));

    /// <inheritdoc cref="BlocklistIdentifiersApi.DeleteBlocklistIdentifier"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteBlocklistIdentifierAsync(string identifierId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteBlocklistIdentifier(identifierId, cancellationToken));
}
