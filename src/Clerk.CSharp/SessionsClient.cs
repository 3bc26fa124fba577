using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Sessions;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>sessions</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class SessionsClient(SessionsApi core)
{
    /// <inheritdoc cref="SessionsApi.GetSessionList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Session>> GetSessionListAsync(GetSessionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSessionList(parameters, cancellationToken));

    /// <inheritdoc cref="SessionsApi.GetSessionListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Session> GetSessionListAutoPagingAsync(GetSessionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetSessionListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="SessionsApi.GetSession"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Session> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSession(sessionId, cancellationToken));

    /// <inheritdoc cref="SessionsApi.CreateSession"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Session> CreateSessionAsync(CreateSessionParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateSession(parameters, cancellationToken));

    /// <inheritdoc cref="SessionsApi.RevokeSession"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Session> RevokeSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RevokeSession(sessionId, cancellationToken));

    /// <inheritdoc cref="SessionsApi.VerifySession"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Session> VerifySessionAsync(string sessionId, string token, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.VerifySession(sessionId, token, cancellationToken));

    /// <inheritdoc cref="SessionsApi.GetToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Token> GetTokenAsync(string sessionId, string? template = null, int? expiresInSeconds = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetToken(sessionId, template, expiresInSeconds, cancellationToken));

    /// <inheritdoc cref="SessionsApi.RefreshSession"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SessionRefresh> RefreshSessionAsync(string sessionId, RefreshTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RefreshSession(sessionId, parameters, cancellationToken));
}
