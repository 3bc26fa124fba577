using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.OAuthApplications;

/// <summary>The <c>oauthApplications</c> sub-API: the OAuth applications for which Clerk is the OAuth 2.0 / OpenID Connect provider, their secrets and grants. One file per method in this folder.</summary>
public sealed partial class OAuthApplicationsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public OAuthApplicationsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>oauthApplications</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class OAuthApplicationsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route OAuthApplications = Route.Of("oauth_applications");
}
