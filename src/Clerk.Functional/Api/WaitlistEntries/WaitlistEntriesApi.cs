using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.WaitlistEntries;

/// <summary>The <c>waitlistEntries</c> sub-API: the people waiting to be let in. One file per method in this folder.</summary>
public sealed partial class WaitlistEntriesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public WaitlistEntriesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>waitlistEntries</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class WaitlistEntriesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route WaitlistEntries = Route.Of("waitlist_entries");

    private static Either<ClerkError, Route> EntryRoute(string? entryId) => WaitlistEntries.ThenId(entryId);
}
