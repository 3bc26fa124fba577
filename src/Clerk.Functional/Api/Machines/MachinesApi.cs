using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Machines;

/// <summary>The <c>machines</c> sub-API: machines (services that call each other with M2M tokens), their secret keys and which machines each may call. One file per method in this folder.</summary>
public sealed partial class MachinesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public MachinesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>machines</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class MachinesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Machines = Route.Of("machines");
}
