using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.EnterpriseConnections;

/// <summary>The <c>enterpriseConnections</c> sub-API: the SAML and OIDC identity providers of the instance. One file per method in this folder.</summary>
public sealed partial class EnterpriseConnectionsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public EnterpriseConnectionsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>enterpriseConnections</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class EnterpriseConnectionsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route EnterpriseConnections = Route.Of("enterprise_connections");
}
