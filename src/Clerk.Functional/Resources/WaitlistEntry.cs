using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An entry on the application's waitlist.</summary>
public sealed record WaitlistEntry
{
    /// <summary>The object type: <c>waitlist_entry</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The entry's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The email address on the waitlist.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>The entry's status.</summary>
    [JsonInclude]
    public WaitlistEntryStatus? Status { get; internal set; }

    /// <summary>Whether the entry is locked (being processed in a batch).</summary>
    [JsonInclude]
    public bool IsLocked { get; internal set; }

    /// <summary>The invitation sent for the entry, or null.</summary>
    [JsonInclude]
    public Invitation? Invitation { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
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
