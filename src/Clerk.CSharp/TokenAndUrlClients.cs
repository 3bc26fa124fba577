using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.ActorTokens;
using Clerk.Functional.Api.RedirectUrls;
using Clerk.Functional.Api.SignInTokens;
using Clerk.Functional.Api.TestingTokens;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>redirectUrls</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class RedirectUrlsClient(RedirectUrlsApi core)
{
    /// <inheritdoc cref="RedirectUrlsApi.GetRedirectUrlList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<RedirectUrl>> GetRedirectUrlListAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetRedirectUrlList(cancellationToken));

    /// <inheritdoc cref="RedirectUrlsApi.GetRedirectUrl"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RedirectUrl> GetRedirectUrlAsync(string redirectUrlId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetRedirectUrl(redirectUrlId, cancellationToken));

    /// <inheritdoc cref="RedirectUrlsApi.CreateRedirectUrl"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<RedirectUrl> CreateRedirectUrlAsync(CreateRedirectUrlParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateRedirectUrl(parameters, cancellationToken));

    /// <inheritdoc cref="RedirectUrlsApi.DeleteRedirectUrl"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteRedirectUrlAsync(string redirectUrlId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteRedirectUrl(redirectUrlId, cancellationToken));
}

/// <summary>The <c>signInTokens</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class SignInTokensClient(SignInTokensApi core)
{
    /// <inheritdoc cref="SignInTokensApi.CreateSignInToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SignInToken> CreateSignInTokenAsync(CreateSignInTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateSignInToken(parameters, cancellationToken));

    /// <inheritdoc cref="SignInTokensApi.RevokeSignInToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SignInToken> RevokeSignInTokenAsync(string signInTokenId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RevokeSignInToken(signInTokenId, cancellationToken));
}

/// <summary>The <c>actorTokens</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class ActorTokensClient(ActorTokensApi core)
{
    /// <inheritdoc cref="ActorTokensApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ActorToken> CreateAsync(CreateActorTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="ActorTokensApi.Revoke"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ActorToken> RevokeAsync(string actorTokenId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Revoke(actorTokenId, cancellationToken));
}

/// <summary>The <c>testingTokens</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class TestingTokensClient(TestingTokensApi core)
{
    /// <inheritdoc cref="TestingTokensApi.CreateTestingToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<TestingToken> CreateTestingTokenAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateTestingToken(cancellationToken));
}
