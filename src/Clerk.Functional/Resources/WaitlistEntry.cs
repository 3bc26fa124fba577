using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An entry on the application's waitlist.</summary>
public sealed record WaitlistEntry
{
    /// <summary>The object type: <c>waitlist_entry</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The entry's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The email address on the waitlist.</summary>
    public string EmailAddress { get => field ?? ""; init; }

    /// <summary>The entry's status.</summary>
    public WaitlistEntryStatus? Status { get; init; }

    /// <summary>Whether the entry is locked (being processed in a batch).</summary>
    public bool IsLocked { get; init; }

    /// <summary>The invitation sent for the entry, or null.</summary>
    public Invitation? Invitation { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}

/// <summary>The status of a waitlist entry: <c>pending</c>, <c>invited</c>, <c>rejected</c>, <c>completed</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<WaitlistEntryStatus>))]
public readonly record struct WaitlistEntryStatus(string Value) : IOpenEnum<WaitlistEntryStatus>
{
    /// <summary><c>pending</c></summary>
    public static readonly WaitlistEntryStatus Pending = new("pending");
    /// <summary><c>invited</c></summary>
    public static readonly WaitlistEntryStatus Invited = new("invited");
    /// <summary><c>rejected</c></summary>
    public static readonly WaitlistEntryStatus Rejected = new("rejected");
    /// <summary><c>completed</c></summary>
    public static readonly WaitlistEntryStatus Completed = new("completed");

    /// <inheritdoc />
    public static WaitlistEntryStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
