using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An organization permission, e.g. <c>org:posts:create</c>.</summary>
public sealed record Permission
{
    /// <summary>The object type: <c>permission</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The permission's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The permission's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The permission's key, e.g. <c>org:posts:create</c>.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }

    /// <summary>The permission's description.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>The permission's type: <c>system</c> or <c>custom</c>.</summary>
    [JsonInclude]
    public string? Type { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
