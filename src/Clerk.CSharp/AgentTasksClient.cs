using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.AgentTasks;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>agentTasks</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class AgentTasksClient(AgentTasksApi core)
{
    /// <inheritdoc cref="AgentTasksApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<AgentTask> CreateAsync(CreateAgentTaskParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="AgentTasksApi.Revoke"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<AgentTask> RevokeAsync(string agentTaskId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Revoke(agentTaskId, cancellationToken));
}
