using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.BlocklistIdentifiers;

/// <summary>The <c>blocklistIdentifiers</c> sub-API: the instance's block-list (listed identifiers may not sign up or sign in). One file per method in this folder.</summary>
public sealed partial class BlocklistIdentifiersApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public BlocklistIdentifiersApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>blocklistIdentifiers</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class BlocklistIdentifiersRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route BlocklistIdentifiers = Route.Of("blocklist_identifiers");
}
