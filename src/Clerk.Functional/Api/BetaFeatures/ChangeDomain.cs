using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.BetaFeatures;

/// <summary>The body of <see cref="BetaFeaturesApi.ChangeDomain"/>; only set members are sent.</summary>
public sealed record ChangeDomainParams
{
    /// <summary>The new home URL of the production instance.</summary>
    public string? HomeUrl { get; init; }

    /// <summary>Whether the new domain is a secondary (satellite) domain.</summary>
    public bool? IsSecondary { get; init; }
}

public static partial class BetaFeaturesRequests
{
    /// <summary><c>POST /beta_features/change_domain</c> (a route <c>@clerk/backend</c> calls that the specification lacks).</summary>
    /// <param name="parameters">The new domain.</param>
    public static Either<ClerkError, ApiCall<Unit>> ChangeDomain(ChangeDomainParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, ChangeDomainRoute, Decode.Unit, ClerkJson.Body(parameters ?? new ChangeDomainParams(), Ctx.ChangeDomainParams));
}

public sealed partial class BetaFeaturesApi
{
    /// <summary><c>POST /beta_features/change_domain</c>: moves the production instance to a new domain.</summary>
    /// <param name="parameters">The new domain.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Unit>> ChangeDomain(ChangeDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(BetaFeaturesRequests.ChangeDomain(parameters), cancellationToken);
}
