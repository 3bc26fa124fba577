using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AgentTasks;

public static partial class AgentTasksRequests
{
    /// <summary><c>POST /agents/tasks/{agent_task_id}/revoke</c>.</summary>
    /// <param name="agentTaskId">The task's id.</param>
    public static Either<ClerkError, ApiCall<AgentTask>> Revoke(string agentTaskId) =>
        ApiCall.Of(HttpVerb.Post, AgentTasks.ThenId(agentTaskId).Then("revoke"), Decode.Json(Ctx.AgentTask));
}

public sealed partial class AgentTasksApi
{
    /// <summary><c>POST /agents/tasks/{agent_task_id}/revoke</c>: revokes a task, so its URL no longer signs anyone in.</summary>
    /// <param name="agentTaskId">The task's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, AgentTask>> Revoke(string agentTaskId, CancellationToken cancellationToken = default) =>
        _runner.Run(AgentTasksRequests.Revoke(agentTaskId), cancellationToken);
}
