using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Sessions;

/// <summary>The <c>sessions</c> sub-API: sessions of users on clients, session tokens and refreshes. One file per method in this folder.</summary>
public sealed partial class SessionsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public SessionsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>sessions</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class SessionsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Sessions = Route.Of("sessions");
}
