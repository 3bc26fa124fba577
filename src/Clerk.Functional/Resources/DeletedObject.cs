namespace Clerk.Functional.Resources;

/// <summary>The answer to a deletion: what was deleted.</summary>
public sealed record DeletedObject
{
    /// <summary>The deleted object's type, e.g. <c>user</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The deleted object's ID.</summary>
    public string? Id { get; init; }

    /// <summary>The deleted object's slug, for objects that have one.</summary>
    public string? Slug { get; init; }

    /// <summary>Whether the object was deleted.</summary>
    public bool Deleted { get; init; }

    /// <summary>The deleted object's external ID, when it had one.</summary>
    public string? ExternalId { get; init; }
}
