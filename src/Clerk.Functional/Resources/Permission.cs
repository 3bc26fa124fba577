namespace Clerk.Functional.Resources;

/// <summary>An organization permission, e.g. <c>org:posts:create</c>.</summary>
public sealed record Permission
{
    /// <summary>The object type: <c>permission</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The permission's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The permission's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The permission's key, e.g. <c>org:posts:create</c>.</summary>
    public string Key { get => field ?? ""; init; }

    /// <summary>The permission's description.</summary>
    public string? Description { get; init; }

    /// <summary>The permission's type: <c>system</c> or <c>custom</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
