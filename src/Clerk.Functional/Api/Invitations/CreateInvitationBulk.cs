using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Invitations;

public static partial class InvitationsRequests
{
    /// <summary><c>POST /invitations/bulk</c> with a JSON array of invitations.</summary>
    /// <param name="parameters">The invitations.</param>
    public static Either<ClerkError, ApiCall<IReadOnlyList<Invitation>>> CreateInvitationBulk(IReadOnlyList<CreateInvitationParams>? parameters) =>
        parameters is not null && parameters.Any(p => p is null)
            ? Prelude.Left<ClerkError, ApiCall<IReadOnlyList<Invitation>>>(new ClerkError.InvalidArgument("An invitation of the bulk is null."))
            : ApiCall.Of(HttpVerb.Post, Invitations.Then("bulk"), Decode.Array(Ctx.ListInvitation),
                ClerkJson.Body(parameters, Ctx.IReadOnlyListCreateInvitationParams));
}

public sealed partial class InvitationsApi
{
    /// <summary><c>POST /invitations/bulk</c>: many invitations in one request.</summary>
    /// <param name="parameters">The invitations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, IReadOnlyList<Invitation>>> CreateInvitationBulk(IReadOnlyList<CreateInvitationParams> parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(InvitationsRequests.CreateInvitationBulk(parameters), cancellationToken);
}
