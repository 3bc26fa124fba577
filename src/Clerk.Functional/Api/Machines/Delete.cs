using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

public static partial class MachinesRequests
{
    /// <summary><c>DELETE /machines/{machine_id}</c>.</summary>
    /// <param name="machineId">The machine's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string machineId) =>
        ApiCall.Of(HttpVerb.Delete, Machines.ThenId(machineId), Decode.Deleted);
}

public sealed partial class MachinesApi
{
    /// <summary><c>DELETE /machines/{machine_id}</c>: deletes a machine.</summary>
    /// <param name="machineId">The machine's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string machineId, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.Delete(machineId), cancellationToken);
}
