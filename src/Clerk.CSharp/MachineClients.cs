using System;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.ApiKeys;
using Clerk.Functional.Api.IdPOAuthAccessToken;
using Clerk.Functional.Api.M2M;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>apiKeys</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class ApiKeysClient(ApiKeysApi core)
{
    /// <inheritdoc cref="ApiKeysApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<ApiKey>> ListAsync(GetApiKeyListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKey> CreateAsync(CreateApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKey> GetAsync(string apiKeyId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(apiKeyId, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKey> UpdateAsync(UpdateApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string apiKeyId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(apiKeyId, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Revoke"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKey> RevokeAsync(RevokeApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Revoke(parameters, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.GetSecret"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKeySecret> GetSecretAsync(string apiKeyId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetSecret(apiKeyId, cancellationToken));

    /// <inheritdoc cref="ApiKeysApi.Verify"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ApiKey> VerifyAsync(string secret, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Verify(secret, cancellationToken));
}

/// <summary>The <c>m2m</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class M2MClient(M2MApi core)
{
    /// <inheritdoc cref="M2MApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<M2MToken>> ListAsync(GetM2MTokenListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="M2MApi.CreateToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<M2MToken> CreateTokenAsync(CreateM2MTokenParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateToken(parameters, cancellationToken));

    /// <inheritdoc cref="M2MApi.RevokeToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<M2MToken> RevokeTokenAsync(RevokeM2MTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RevokeToken(parameters, cancellationToken));

    /// <inheritdoc cref="M2MApi.Verify"/>
    /// <exception cref="ClerkException">The call failed or the token was rejected (<see cref="TokenVerificationException"/>).</exception>
    public Task<M2MToken> VerifyAsync(VerifyM2MTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Verify(parameters, cancellationToken));
}

/// <summary>The <c>idPOAuthAccessToken</c> sub-API for conventional C#.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class IdPOAuthAccessTokenClient(IdPOAuthAccessTokenApi core)
{
    /// <inheritdoc cref="IdPOAuthAccessTokenApi.Verify"/>
    /// <exception cref="ClerkException">The call failed or the token was rejected (<see cref="TokenVerificationException"/>).</exception>
    public Task<IdPOAuthAccessToken> VerifyAsync(string accessToken, VerifyOAuthAccessTokenOptions? options = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Verify(accessToken, options, cancellationToken));
}
