using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Invitations;

public static partial class InvitationsRequests
{
    /// <summary><c>POST /invitations/{invitation_id}/revoke</c>.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    public static Either<ClerkError, ApiCall<Invitation>> RevokeInvitation(string invitationId) =>
        ApiCall.Of(HttpVerb.Post, Invitations.ThenId(invitationId).Then("revoke"), Decode.Json(Ctx.Invitation));
}

public sealed partial class InvitationsApi
{
    /// <summary><c>POST /invitations/{invitation_id}/revoke</c>: revokes a pending invitation.</summary>
    /// <param name="invitationId">The invitation's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Invitation>> RevokeInvitation(string invitationId, CancellationToken cancellationToken = default) =>
        _runner.Run(InvitationsRequests.RevokeInvitation(invitationId), cancellationToken);
}
