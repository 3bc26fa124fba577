using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

public static partial class MachinesRequests
{
    /// <summary><c>DELETE /machines/{machine_id}/scopes/{other_machine_id}</c>.</summary>
    /// <param name="machineId">The machine that loses access.</param>
    /// <param name="otherMachineId">The machine it may no longer call.</param>
    public static Either<ClerkError, ApiCall<MachineScope>> DeleteScope(string machineId, string otherMachineId) =>
        ApiCall.Of(HttpVerb.Delete, Machines.ThenId(machineId).Then("scopes").ThenId(otherMachineId), Decode.Json(Ctx.MachineScope));
}

public sealed partial class MachinesApi
{
    /// <summary><c>DELETE /machines/{machine_id}/scopes/{other_machine_id}</c>: stops one machine calling another; the answer is the removed scope with <c>Deleted</c> set.</summary>
    /// <param name="machineId">The machine that loses access.</param>
    /// <param name="otherMachineId">The machine it may no longer call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, MachineScope>> DeleteScope(string machineId, string otherMachineId, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.DeleteScope(machineId, otherMachineId), cancellationToken);
}
