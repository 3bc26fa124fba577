using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AgentTasks;

/// <summary>The body of <see cref="AgentTasksApi.Create"/>; only set members are sent.</summary>
public sealed record CreateAgentTaskParams
{
    /// <summary>The user the agent acts for: by id or by identifier (email address, phone number, username).</summary>
    public required AgentTaskOnBehalfOf OnBehalfOf { get; init; }

    /// <summary>The permissions granted to the agent (<c>*</c> is the only value Clerk documents).</summary>
    public required string Permissions { get; init; }

    /// <summary>The agent's name; tasks of one name share an agent id.</summary>
    public required string AgentName { get; init; }

    /// <summary>What the task is for, shown to the user.</summary>
    public required string TaskDescription { get; init; }

    /// <summary>Where the user lands after the session is created.</summary>
    public required string RedirectUrl { get; init; }

    /// <summary>How long the created session lasts (Clerk's default is 1,800 s).</summary>
    public int? SessionMaxDurationInSeconds { get; init; }
}

/// <summary>Whom an agent task acts for: set <see cref="UserId"/> or <see cref="Identifier"/>.</summary>
public sealed record AgentTaskOnBehalfOf
{
    /// <summary>The user's id.</summary>
    public string? UserId { get; init; }

    /// <summary>An identifier of the user: an email address, phone number or username.</summary>
    public string? Identifier { get; init; }
}

public static partial class AgentTasksRequests
{
    /// <summary><c>POST /agents/tasks</c>.</summary>
    /// <param name="parameters">The task.</param>
    public static Either<ClerkError, ApiCall<AgentTask>> Create(CreateAgentTaskParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, AgentTasks, Decode.Json(Ctx.AgentTask), ClerkJson.Body(parameters, Ctx.CreateAgentTaskParams));
}

public sealed partial class AgentTasksApi
{
    /// <summary><c>POST /agents/tasks</c>: creates a task and the URL that signs the user in for it (experimental).</summary>
    /// <param name="parameters">The task.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, AgentTask>> Create(CreateAgentTaskParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(AgentTasksRequests.Create(parameters), cancellationToken);
}
