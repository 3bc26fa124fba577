using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Domains;

/// <summary>The body of <see cref="DomainsApi.Add"/>. Only set members are sent.</summary>
public sealed record AddDomainParams
{
    /// <summary>The domain name; it may carry a port on development instances.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the domain is a satellite; Clerk accepts only <c>true</c>.</summary>
    public required bool IsSatellite { get; init; }

    /// <summary>The URL of the proxy that forwards this domain's requests to Clerk's Frontend API (production only); null is sent as null.</summary>
    public Optional<string?> ProxyUrl { get; init; }
}

public static partial class DomainsRequests
{
    /// <summary><c>POST /domains</c>.</summary>
    /// <param name="parameters">The domain.</param>
    public static Either<ClerkError, ApiCall<Domain>> Add(AddDomainParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, Domains, Decode.Json(Ctx.Domain), ClerkJson.Body(parameters, Ctx.AddDomainParams));
}

public sealed partial class DomainsApi
{
    /// <summary><c>POST /domains</c>: adds a satellite domain.</summary>
    /// <param name="parameters">The domain.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Domain>> Add(AddDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(DomainsRequests.Add(parameters), cancellationToken);
}
