using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Clients;

/// <summary>The <c>clients</c> sub-API: the browsers and devices users sign in on. One file per method in this folder.</summary>
public sealed partial class ClientsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public ClientsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>clients</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class ClientsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Clients = Route.Of("clients");
}
