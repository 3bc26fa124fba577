using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Invitations;

/// <summary>The <c>invitations</c> sub-API: invitations to sign up to the instance. One file per method in this folder.</summary>
public sealed partial class InvitationsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public InvitationsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>invitations</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class InvitationsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Invitations = Route.Of("invitations");
}
