using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.WaitlistEntries;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>waitlistEntries</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class WaitlistEntriesClient(WaitlistEntriesApi core)
{
    /// <inheritdoc cref="WaitlistEntriesApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<WaitlistEntry>> ListAsync(GetWaitlistEntryListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="WaitlistEntriesApi.ListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<WaitlistEntry> ListAutoPagingAsync(GetWaitlistEntryListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.ListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="WaitlistEntriesApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<WaitlistEntry> CreateAsync(CreateWaitlistEntryParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="WaitlistEntriesApi.CreateBulk"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<IReadOnlyList<WaitlistEntry>> CreateBulkAsync(IReadOnlyList<CreateWaitlistEntryParams> parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateBulk(parameters, cancellationToken));

    /// <inheritdoc cref="WaitlistEntriesApi.Invite"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<WaitlistEntry> InviteAsync(string entryId, InviteWaitlistEntryParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Invite(entryId, parameters, cancellationToken));

    /// <inheritdoc cref="WaitlistEntriesApi.Reject"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<WaitlistEntry> RejectAsync(string entryId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Reject(entryId, cancellationToken));

    /// <inheritdoc cref="WaitlistEntriesApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string entryId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(entryId, cancellationToken));
}
