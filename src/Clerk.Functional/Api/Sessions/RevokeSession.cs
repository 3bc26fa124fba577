using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

public static partial class SessionsRequests
{
    /// <summary><c>POST /sessions/{session_id}/revoke</c>.</summary>
    /// <param name="sessionId">The session's id.</param>
    public static Either<ClerkError, ApiCall<Session>> RevokeSession(string sessionId) =>
        ApiCall.Of(HttpVerb.Post, Sessions.ThenId(sessionId).Then("revoke"), Decode.Json(Ctx.Session));
}

public sealed partial class SessionsApi
{
    /// <summary><c>POST /sessions/{session_id}/revoke</c>: revokes a session; the user is signed out on that client.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Session>> RevokeSession(string sessionId, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.RevokeSession(sessionId), cancellationToken);
}
