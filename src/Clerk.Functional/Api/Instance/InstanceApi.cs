using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Instance;

/// <summary>The <c>instance</c> sub-API: the instance's settings, sign-up restrictions and organization settings. One file per method in this folder.</summary>
public sealed partial class InstanceApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public InstanceApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>instance</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class InstanceRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route InstanceRoute = Route.Of("instance");
}
