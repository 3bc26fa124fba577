using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A task an agent performs on behalf of a user (<c>agent_task</c>), with the URL that starts it.
/// <see cref="Url"/> signs the user in and is never printed.</summary>
public sealed record AgentTask
{
    /// <summary>The object type: <c>agent_task</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>A stable identifier for the agent, unique per agent_name within an instance.</summary>
    [JsonInclude]
    public string AgentId { get => field ?? ""; internal set; }

    /// <summary>A unique identifier for this agent task.</summary>
    [JsonInclude]
    public string AgentTaskId { get => field ?? ""; internal set; }

    /// <summary>A unique identifier for this agent task.</summary>
    [JsonInclude]
    public string TaskId { get => field ?? ""; internal set; }

    /// <summary>The URL that, when visited, creates a session for the user.</summary>
    [JsonInclude]
    public string? Url { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Url));
}
