using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Jwks;

/// <summary>The <c>jwks</c> sub-API: the instance's JSON Web Key Set. One file per method in this folder.</summary>
public sealed partial class JwksApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public JwksApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>jwks</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class JwksRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Jwks = Tokens.JwksCache.JwksRoute;
}
