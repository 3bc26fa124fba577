using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A passkey of a user.</summary>
public sealed record Passkey
{
    /// <summary>The passkey identification's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>passkey</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The passkey's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>When the passkey was last used.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset LastUsedAt { get; internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }
}
