using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

/// <summary>The body of <see cref="MachinesApi.Create"/>. Only set members are sent.</summary>
public sealed record CreateMachineParams
{
    /// <summary>The machine's name (1 to 255 characters).</summary>
    public required string Name { get; init; }

    /// <summary>The ids of the machines this machine may call (at most 150).</summary>
    public IReadOnlyList<string>? ScopedMachines { get; init; }

    /// <summary>The default lifetime of its M2M tokens, in seconds (at least 1; Clerk's default is 3600).</summary>
    public long? DefaultTokenTtl { get; init; }
}

public static partial class MachinesRequests
{
    /// <summary><c>POST /machines</c>.</summary>
    /// <param name="parameters">The machine.</param>
    public static Either<ClerkError, ApiCall<Machine>> Create(CreateMachineParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, Machines, Decode.Json(Ctx.Machine), ClerkJson.Body(parameters, Ctx.CreateMachineParams));
}

public sealed partial class MachinesApi
{
    /// <summary><c>POST /machines</c>: creates a machine; the answer carries its secret key, once.</summary>
    /// <param name="parameters">The machine.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Machine>> Create(CreateMachineParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.Create(parameters), cancellationToken);
}
