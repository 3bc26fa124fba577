using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.AgentTasks;

/// <summary>The <c>agentTasks</c> sub-API: tasks that agents perform on behalf of users (experimental). One file per method in this folder.</summary>
public sealed partial class AgentTasksApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public AgentTasksApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>agentTasks</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class AgentTasksRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route AgentTasks = Route.Of("agents", "tasks");
}
