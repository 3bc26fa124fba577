using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.SignInTokens;

/// <summary>The <c>signInTokens</c> sub-API: one-time sign-in links for a user. One file per method in this folder.</summary>
public sealed partial class SignInTokensApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public SignInTokensApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>signInTokens</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class SignInTokensRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route SignInTokens = Route.Of("sign_in_tokens");
}
