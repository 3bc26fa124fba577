using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.AllowlistIdentifiers;

/// <summary>The <c>allowlistIdentifiers</c> sub-API: the instance's allow-list (only listed identifiers may sign up when the allow-list is on). One file per method in this folder.</summary>
public sealed partial class AllowlistIdentifiersApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public AllowlistIdentifiersApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>allowlistIdentifiers</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class AllowlistIdentifiersRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route AllowlistIdentifiers = Route.Of("allowlist_identifiers");
}
