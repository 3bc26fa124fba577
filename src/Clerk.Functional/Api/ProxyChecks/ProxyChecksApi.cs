using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.ProxyChecks;

/// <summary>The <c>proxyChecks</c> sub-API: checks that a domain's proxy reaches the Frontend API. One file per method in this folder.</summary>
public sealed partial class ProxyChecksApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public ProxyChecksApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>proxyChecks</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class ProxyChecksRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route ProxyChecks = Route.Of("proxy_checks");
}
