using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.SignUps;

/// <summary>The <c>signUps</c> sub-API: sign-ups in progress. One file per method in this folder.</summary>
public sealed partial class SignUpsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public SignUpsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>signUps</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class SignUpsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route SignUps = Route.Of("sign_ups");
}
