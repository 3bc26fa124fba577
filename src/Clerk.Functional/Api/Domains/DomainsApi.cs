using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Domains;

/// <summary>The <c>domains</c> sub-API: the primary domain and the satellite domains of the instance. One file per method in this folder.</summary>
public sealed partial class DomainsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public DomainsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>domains</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class DomainsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Domains = Route.Of("domains");
}
