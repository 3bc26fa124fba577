using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

public static partial class MachinesRequests
{
    /// <summary><c>GET /machines/{machine_id}</c>.</summary>
    /// <param name="machineId">The machine's id.</param>
    public static Either<ClerkError, ApiCall<Machine>> Get(string machineId) =>
        ApiCall.Of(HttpVerb.Get, Machines.ThenId(machineId), Decode.Json(Ctx.Machine));
}

public sealed partial class MachinesApi
{
    /// <summary><c>GET /machines/{machine_id}</c>: one machine with the machines it may call.</summary>
    /// <param name="machineId">The machine's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Machine>> Get(string machineId, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.Get(machineId), cancellationToken);
}
