using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.SamlConnections;

/// <summary>The <c>samlConnections</c> sub-API (deprecated by Clerk and <c>@clerk/backend</c>: use the <c>enterpriseConnections</c>
/// sub-API): the SAML connections of the instance. One file per method in this folder.</summary>
[Obsolete("Use EnterpriseConnections instead.")]
public sealed partial class SamlConnectionsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public SamlConnectionsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>samlConnections</c> sub-API (deprecated): no I/O, equal by value for equal arguments.</summary>
[Obsolete("Use EnterpriseConnections instead.")]
public static partial class SamlConnectionsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route SamlConnections = Route.Of("saml_connections");
}
