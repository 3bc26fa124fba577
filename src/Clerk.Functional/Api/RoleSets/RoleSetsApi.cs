using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The <c>roleSets</c> sub-API: collections of organization roles, their default and creator roles, and migrations between them. One file per method in this folder.</summary>
public sealed partial class RoleSetsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public RoleSetsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>roleSets</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class RoleSetsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route RoleSets = Route.Of("role_sets");
}
