namespace Clerk.Functional.Resources;

/// <summary>A passkey of a user.</summary>
public sealed record Passkey
{
    /// <summary>The passkey identification's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>passkey</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The passkey's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>Unix timestamp (milliseconds) of when the passkey was last used.</summary>
    public long LastUsedAt { get; init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }
}
