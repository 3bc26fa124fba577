using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

/// <summary>The body of <see cref="SessionsApi.CreateSession"/>. Only set members are sent.</summary>
public sealed record CreateSessionParams
{
    /// <summary>The user the session is for.</summary>
    public required string UserId { get; init; }

    /// <summary>The organization to make active in the session (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? ActiveOrganizationId { get; init; }
}

public static partial class SessionsRequests
{
    /// <summary><c>POST /sessions</c>.</summary>
    /// <param name="parameters">The user (and organization).</param>
    public static Either<ClerkError, ApiCall<Session>> CreateSession(CreateSessionParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, Sessions, Decode.Json(Ctx.Session), ClerkJson.Body(parameters, Ctx.CreateSessionParams));
}

public sealed partial class SessionsApi
{
    /// <summary><c>POST /sessions</c>: creates a session for a user (for tests and impersonation-free server flows).</summary>
    /// <param name="parameters">The user (and organization).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Session>> CreateSession(CreateSessionParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.CreateSession(parameters), cancellationToken);
}
