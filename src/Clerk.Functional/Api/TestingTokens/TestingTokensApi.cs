using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.TestingTokens;

/// <summary>The <c>testingTokens</c> sub-API: tokens for end-to-end tests that bypass bot protection. One file per method in this folder.</summary>
public sealed partial class TestingTokensApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public TestingTokensApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>testingTokens</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class TestingTokensRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route TestingTokens = Route.Of("testing_tokens");
}
