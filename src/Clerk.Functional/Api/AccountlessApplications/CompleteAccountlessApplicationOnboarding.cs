using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AccountlessApplications;

public static partial class AccountlessApplicationsRequests
{
    /// <summary><c>POST /accountless_applications/complete</c> (a route <c>@clerk/backend</c> calls that the specification
    /// lacks); the secret key is sent when configured, and not needed.</summary>
    /// <param name="parameters">Forwarded headers and the source.</param>
    public static Either<ClerkError, ApiCall<AccountlessApplication>> CompleteAccountlessApplicationOnboarding(AccountlessApplicationParams? parameters = null) =>
        Send(AccountlessApplications.Then("complete"), parameters);
}

public sealed partial class AccountlessApplicationsApi
{
    /// <summary><c>POST /accountless_applications/complete</c>: marks a keyless application's onboarding as done (experimental).</summary>
    /// <param name="parameters">Forwarded headers and the source.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, AccountlessApplication>> CompleteAccountlessApplicationOnboarding(AccountlessApplicationParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(AccountlessApplicationsRequests.CompleteAccountlessApplicationOnboarding(parameters), cancellationToken);
}
