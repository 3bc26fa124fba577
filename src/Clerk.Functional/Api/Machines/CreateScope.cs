using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

public static partial class MachinesRequests
{
    /// <summary><c>POST /machines/{machine_id}/scopes</c>.</summary>
    /// <param name="machineId">The machine that gains access.</param>
    /// <param name="toMachineId">The machine it may call.</param>
    public static Either<ClerkError, ApiCall<MachineScope>> CreateScope(string machineId, string toMachineId) =>
        ApiCall.Of(HttpVerb.Post, Machines.ThenId(machineId).Then("scopes"), Decode.Json(Ctx.MachineScope), JsonBody.Strings(("to_machine_id", toMachineId ?? "")));
}

public sealed partial class MachinesApi
{
    /// <summary><c>POST /machines/{machine_id}/scopes</c>: lets one machine call another.</summary>
    /// <param name="machineId">The machine that gains access.</param>
    /// <param name="toMachineId">The machine it may call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, MachineScope>> CreateScope(string machineId, string toMachineId, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.CreateScope(machineId, toMachineId), cancellationToken);
}
