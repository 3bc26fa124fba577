using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

/// <summary>The parameters of <see cref="MachinesApi.RotateSecretKey"/>: the machine's id (path) and the grace period (body).</summary>
public sealed record RotateMachineSecretKeyParams
{
    /// <summary>The machine's id.</summary>
    [JsonIgnore]
    public string MachineId { get; init; } = "";

    /// <summary>How many seconds the previous key keeps working (0 to 28800); 0 is sent, and ends it at once.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required long PreviousTokenTtl { get; init; }
}

public static partial class MachinesRequests
{
    /// <summary><c>POST /machines/{machine_id}/secret_key/rotate</c>.</summary>
    /// <param name="parameters">The machine and how long the old key keeps working.</param>
    public static Either<ClerkError, ApiCall<MachineSecretKey>> RotateSecretKey(RotateMachineSecretKeyParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.RotateMachineSecretKeyParams)
        from call in ApiCall.Of(HttpVerb.Post, Machines.ThenId(p.MachineId).Then("secret_key").Then("rotate"), Decode.Json(Ctx.MachineSecretKey), body)
        select call;
}

public sealed partial class MachinesApi
{
    /// <summary><c>POST /machines/{machine_id}/secret_key/rotate</c>: replaces the machine's secret key; the old one keeps working for <c>PreviousTokenTtl</c> seconds.</summary>
    /// <param name="parameters">The machine and how long the old key keeps working.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, MachineSecretKey>> RotateSecretKey(RotateMachineSecretKeyParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.RotateSecretKey(parameters), cancellationToken);
}
