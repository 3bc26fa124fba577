using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>The answer to a deletion: what was deleted.</summary>
public sealed record DeletedObject
{
    /// <summary>The deleted object's type, e.g. <c>user</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The deleted object's ID.</summary>
    [JsonInclude]
    public string? Id { get; internal set; }

    /// <summary>The deleted object's slug, for objects that have one.</summary>
    [JsonInclude]
    public string? Slug { get; internal set; }

    /// <summary>Whether the object was deleted.</summary>
    [JsonInclude]
    public bool Deleted { get; internal set; }

    /// <summary>The deleted object's external ID, when it had one.</summary>
    [JsonInclude]
    public string? ExternalId { get; internal set; }
}
