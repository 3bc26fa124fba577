using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

public static partial class SessionsRequests
{
    /// <summary><c>GET /sessions/{session_id}</c>.</summary>
    /// <param name="sessionId">The session's id.</param>
    public static Either<ClerkError, ApiCall<Session>> GetSession(string sessionId) =>
        ApiCall.Of(HttpVerb.Get, Sessions.ThenId(sessionId), Decode.Json(Ctx.Session));
}

public sealed partial class SessionsApi
{
    /// <summary><c>GET /sessions/{session_id}</c>: one session.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Session>> GetSession(string sessionId, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.GetSession(sessionId), cancellationToken);
}
