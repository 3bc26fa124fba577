using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

public static partial class SessionsRequests
{
    /// <summary><c>POST /sessions/{session_id}/verify</c> with <c>{"token": ...}</c> (a legacy route <c>@clerk/backend</c> calls that the specification lacks).</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="token">The session token to check against the session.</param>
    public static Either<ClerkError, ApiCall<Session>> VerifySession(string sessionId, string token) =>
        token is null
            ? Prelude.Left<ClerkError, ApiCall<Session>>(new ClerkError.InvalidArgument("The token is required."))
            : ApiCall.Of(HttpVerb.Post, Sessions.ThenId(sessionId).Then("verify"), Decode.Json(Ctx.Session), JsonBody.Strings(("token", token)));
}

public sealed partial class SessionsApi
{
    /// <summary><c>POST /sessions/{session_id}/verify</c>: checks a session token against a session (legacy; prefer verifying the token
    /// networklessly with <see cref="ClerkApi.VerifyToken"/>).</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="token">The session token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Session>> VerifySession(string sessionId, string token, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.VerifySession(sessionId, token), cancellationToken);
}
