using System.Globalization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

public static partial class SessionsRequests
{
    /// <summary><c>POST /sessions/{session_id}/tokens</c>, or <c>.../tokens/{template_name}</c> when a template is named
    /// (an empty name is no template, as in <c>@clerk/backend</c>); the body <c>{"expires_in_seconds": n}</c> only when a
    /// lifetime is given (zero included).</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="template">The JWT template's name, or null for a session token.</param>
    /// <param name="expiresInSeconds">The token's lifetime, or null for the default.</param>
    public static Either<ClerkError, ApiCall<Token>> GetToken(string sessionId, string? template = null, int? expiresInSeconds = null)
    {
        var tokens = Sessions.ThenId(sessionId).Then("tokens");
        var route = string.IsNullOrEmpty(template) ? tokens : tokens.ThenId(template);
        var body = expiresInSeconds is { } seconds
            ? new RequestBody.Json("{\"expires_in_seconds\":" + seconds.ToString(CultureInfo.InvariantCulture) + "}")
            : RequestBody.None;
        return ApiCall.Of(HttpVerb.Post, route, Decode.Json(Ctx.Token), body);
    }
}

public sealed partial class SessionsApi
{
    /// <summary><c>POST /sessions/{session_id}/tokens[/{template_name}]</c>: a fresh session token, or a JWT made from one
    /// of the instance's JWT templates.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="template">The JWT template's name, or null for a session token.</param>
    /// <param name="expiresInSeconds">The token's lifetime in seconds, or null for the default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Token>> GetToken(string sessionId, string? template = null, int? expiresInSeconds = null, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.GetToken(sessionId, template, expiresInSeconds), cancellationToken);
}
