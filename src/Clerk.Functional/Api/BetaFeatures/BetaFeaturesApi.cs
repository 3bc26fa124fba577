using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.BetaFeatures;

/// <summary>The <c>betaFeatures</c> sub-API: beta features of the instance. One file per method in this folder.</summary>
public sealed partial class BetaFeaturesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public BetaFeaturesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>betaFeatures</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class BetaFeaturesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route ChangeDomainRoute = Route.Of("beta_features", "change_domain");
}
