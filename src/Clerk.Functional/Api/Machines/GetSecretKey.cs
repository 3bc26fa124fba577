using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

public static partial class MachinesRequests
{
    /// <summary><c>GET /machines/{machine_id}/secret_key</c>.</summary>
    /// <param name="machineId">The machine's id.</param>
    public static Either<ClerkError, ApiCall<MachineSecretKey>> GetSecretKey(string machineId) =>
        ApiCall.Of(HttpVerb.Get, Machines.ThenId(machineId).Then("secret_key"), Decode.Json(Ctx.MachineSecretKey));
}

public sealed partial class MachinesApi
{
    /// <summary><c>GET /machines/{machine_id}/secret_key</c>: the machine's secret key.</summary>
    /// <param name="machineId">The machine's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, MachineSecretKey>> GetSecretKey(string machineId, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.GetSecretKey(machineId), cancellationToken);
}
