using System.Collections.Generic;

using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An organization role, e.g. <c>org:admin</c>, with its permissions.</summary>
public sealed record Role
{
    /// <summary>The object type: <c>role</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The role's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The role's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The role's key, e.g. <c>org:admin</c>.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }

    /// <summary>The role's description, or null.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>Whether the role can be the role of an organization's creator.</summary>
    [JsonInclude]
    public bool IsCreatorEligible { get; internal set; }

    /// <summary>The role's permissions.</summary>
    [JsonInclude]
    public IReadOnlyList<Permission> Permissions { get => field ?? []; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
