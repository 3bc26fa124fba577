using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ProxyChecks;

/// <summary>The body of <see cref="ProxyChecksApi.Verify"/>.</summary>
public sealed record VerifyProxyCheckParams
{
    /// <summary>The domain whose proxy is checked.</summary>
    public required string DomainId { get; init; }

    /// <summary>The full URL of the proxy, e.g. <c>https://example.com/__clerk</c>.</summary>
    public required string ProxyUrl { get; init; }
}

public static partial class ProxyChecksRequests
{
    /// <summary><c>POST /proxy_checks</c>.</summary>
    /// <param name="parameters">The domain and proxy URL.</param>
    public static Either<ClerkError, ApiCall<ProxyCheck>> Verify(VerifyProxyCheckParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, ProxyChecks, Decode.Json(Ctx.ProxyCheck), ClerkJson.Body(parameters, Ctx.VerifyProxyCheckParams));
}

public sealed partial class ProxyChecksApi
{
    /// <summary><c>POST /proxy_checks</c>: checks that a proxy URL forwards to the Frontend API, before switching a domain to it.</summary>
    /// <param name="parameters">The domain and proxy URL.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ProxyCheck>> Verify(VerifyProxyCheckParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ProxyChecksRequests.Verify(parameters), cancellationToken);
}
