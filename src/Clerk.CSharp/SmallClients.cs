using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.AccountlessApplications;
using Clerk.Functional.Api.BetaFeatures;
using Clerk.Functional.Api.Jwks;
using Clerk.Functional.Api.ProxyChecks;
using Clerk.Functional.Api.SignUps;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>jwks</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class JwksClient(JwksApi core)
{
    /// <inheritdoc cref="JwksApi.GetJwks"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<JwksDocument> GetJwksAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetJwks(cancellationToken));
}

/// <summary>The <c>proxyChecks</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class ProxyChecksClient(ProxyChecksApi core)
{
    /// <inheritdoc cref="ProxyChecksApi.Verify"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<ProxyCheck> VerifyAsync(VerifyProxyCheckParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Verify(parameters, cancellationToken));
}

/// <summary>The <c>betaFeatures</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class BetaFeaturesClient(BetaFeaturesApi core)
{
    /// <inheritdoc cref="BetaFeaturesApi.ChangeDomain"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task ChangeDomainAsync(ChangeDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunVoidAsync(core.ChangeDomain(parameters, cancellationToken));
}

/// <summary>The <c>signUps</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class SignUpsClient(SignUpsApi core)
{
    /// <inheritdoc cref="SignUpsApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SignUpAttempt> GetAsync(string signUpAttemptId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(signUpAttemptId, cancellationToken));

    /// <inheritdoc cref="SignUpsApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SignUpAttempt> UpdateAsync(UpdateSignUpParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));
}

/// <summary>The <c>__experimental_accountlessApplications</c> sub-API for conventional C#: each method runs the core
/// method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class AccountlessApplicationsClient(AccountlessApplicationsApi core)
{
    /// <inheritdoc cref="AccountlessApplicationsApi.CreateAccountlessApplication"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<AccountlessApplication> CreateAccountlessApplicationAsync(AccountlessApplicationParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateAccountlessApplication(parameters, cancellationToken));

    /// <inheritdoc cref="AccountlessApplicationsApi.CompleteAccountlessApplicationOnboarding"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<AccountlessApplication> CompleteAccountlessApplicationOnboardingAsync(AccountlessApplicationParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CompleteAccountlessApplicationOnboarding(parameters, cancellationToken));
}
