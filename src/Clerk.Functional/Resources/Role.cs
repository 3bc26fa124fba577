using System.Collections.Generic;

namespace Clerk.Functional.Resources;

/// <summary>An organization role, e.g. <c>org:admin</c>, with its permissions.</summary>
public sealed record Role
{
    /// <summary>The object type: <c>role</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The role's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The role's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The role's key, e.g. <c>org:admin</c>.</summary>
    public string Key { get => field ?? ""; init; }

    /// <summary>The role's description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the role can be the role of an organization's creator.</summary>
    public bool IsCreatorEligible { get; init; }

    /// <summary>The role's permissions.</summary>
    public IReadOnlyList<Permission> Permissions { get => field ?? []; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
