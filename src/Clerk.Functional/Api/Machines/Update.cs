using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

/// <summary>The parameters of <see cref="MachinesApi.Update"/>: the machine's id (path) and the changes (body). Only set members are sent.</summary>
public sealed record UpdateMachineParams
{
    /// <summary>The machine's id.</summary>
    [JsonIgnore]
    public string MachineId { get; init; } = "";

    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The new default lifetime of its M2M tokens, in seconds.</summary>
    public long? DefaultTokenTtl { get; init; }
}

public static partial class MachinesRequests
{
    /// <summary><c>PATCH /machines/{machine_id}</c>.</summary>
    /// <param name="parameters">The machine and the changes.</param>
    public static Either<ClerkError, ApiCall<Machine>> Update(UpdateMachineParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.UpdateMachineParams)
        from call in ApiCall.Of(HttpVerb.Patch, Machines.ThenId(p.MachineId), Decode.Json(Ctx.Machine), body)
        select call;
}

public sealed partial class MachinesApi
{
    /// <summary><c>PATCH /machines/{machine_id}</c>: renames a machine or changes its default token lifetime.</summary>
    /// <param name="parameters">The machine and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Machine>> Update(UpdateMachineParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.Update(parameters), cancellationToken);
}
