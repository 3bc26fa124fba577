using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Invitations;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>invitations</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class InvitationsClient(InvitationsApi core)
{
    /// <inheritdoc cref="InvitationsApi.GetInvitationList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Invitation>> GetInvitationListAsync(GetInvitationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetInvitationList(parameters, cancellationToken));

    /// <inheritdoc cref="InvitationsApi.GetInvitationListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Invitation> GetInvitationListAutoPagingAsync(GetInvitationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetInvitationListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="InvitationsApi.CreateInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Invitation> CreateInvitationAsync(CreateInvitationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateInvitation(parameters, cancellationToken));

    /// <inheritdoc cref="InvitationsApi.CreateInvitationBulk"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<IReadOnlyList<Invitation>> CreateInvitationBulkAsync(IReadOnlyList<CreateInvitationParams> parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateInvitationBulk(parameters, cancellationToken));

    /// <inheritdoc cref="InvitationsApi.RevokeInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Invitation> RevokeInvitationAsync(string invitationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RevokeInvitation(invitationId, cancellationToken));

    /// <inheritdoc cref="InvitationsApi.DeleteInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteInvitationAsync(string invitationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteInvitation(invitationId, cancellationToken));
}
