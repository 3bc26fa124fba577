using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Invitations;

public static partial class InvitationsRequests
{
    /// <summary><c>DELETE /invitations/{invitation_id}</c> (a route <c>@clerk/backend</c> calls that the specification lacks).</summary>
    /// <param name="invitationId">The invitation's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteInvitation(string invitationId) =>
        ApiCall.Of(HttpVerb.Delete, Invitations.ThenId(invitationId), Decode.Deleted);
}

public sealed partial class InvitationsApi
{
    /// <summary><c>DELETE /invitations/{invitation_id}</c>: deletes an invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteInvitation(string invitationId, CancellationToken cancellationToken = default) =>
        _runner.Run(InvitationsRequests.DeleteInvitation(invitationId), cancellationToken);
}
