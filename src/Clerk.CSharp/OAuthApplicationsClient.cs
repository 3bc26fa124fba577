using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.OAuthApplications;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>oauthApplications</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class OAuthApplicationsClient(OAuthApplicationsApi core)
{
    /// <inheritdoc cref="OAuthApplicationsApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OAuthApplication>> ListAsync(GetOAuthApplicationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.ListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<OAuthApplication> ListAutoPagingAsync(GetOAuthApplicationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.ListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OAuthApplicationsApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OAuthApplication> GetAsync(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(oauthApplicationId, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OAuthApplication> CreateAsync(CreateOAuthApplicationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OAuthApplication> UpdateAsync(UpdateOAuthApplicationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(oauthApplicationId, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.RotateSecret"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OAuthApplication> RotateSecretAsync(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RotateSecret(oauthApplicationId, cancellationToken));

    /// <inheritdoc cref="OAuthApplicationsApi.RevokeToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task RevokeTokenAsync(RevokeOAuthApplicationTokenParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunVoidAsync(core.RevokeToken(parameters, cancellationToken));
}
