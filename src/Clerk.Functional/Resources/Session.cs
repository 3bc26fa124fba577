using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A session: one signed-in user on one client (browser or device).</summary>
public sealed record Session
{
    /// <summary>The object type: <c>session</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The session's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The ID of the signed-in user.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The ID of the client (browser or device) the session belongs to.</summary>
    [JsonInclude]
    public string ClientId { get => field ?? ""; internal set; }

    /// <summary>The actor (impersonator) claims of an impersonation session (free-form JSON), or null.</summary>
    [JsonInclude]
    public JsonElement? Actor { get; internal set; }

    /// <summary>The session's status.</summary>
    [JsonInclude]
    public SessionStatus? Status { get; internal set; }

    /// <summary>The ID of the organization that was last active in the session, or null.</summary>
    [JsonInclude]
    public string? LastActiveOrganizationId { get; internal set; }

    /// <summary>The time of the last activity.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset LastActiveAt { get; internal set; }

    /// <summary>The latest activity (device, browser, location), when Clerk sends it.</summary>
    [JsonInclude]
    public SessionActivity? LatestActivity { get; internal set; }

    /// <summary>The time of expiration.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset ExpireAt { get; internal set; }

    /// <summary>The time of abandonment.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset AbandonAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The tasks a pending session must complete before it becomes active.</summary>
    [JsonInclude]
    public IReadOnlyList<SessionTask> Tasks { get => field ?? []; internal set; }

    /// <summary>The session's user; sent only with <c>session.*</c> webhook events (null otherwise, or when Clerk has none).</summary>
    [JsonInclude]
    public User? User { get; internal set; }
}

/// <summary>The latest activity of a <see cref="Session"/>.</summary>
public sealed record SessionActivity
{
    /// <summary>The object type: <c>session_activity</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The activity's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The device type, e.g. <c>desktop</c>.</summary>
    [JsonInclude]
    public string? DeviceType { get; internal set; }

    /// <summary>Whether the device is mobile.</summary>
    [JsonInclude]
    public bool IsMobile { get; internal set; }

    /// <summary>The browser's name.</summary>
    [JsonInclude]
    public string? BrowserName { get; internal set; }

    /// <summary>The browser's version.</summary>
    [JsonInclude]
    public string? BrowserVersion { get; internal set; }

    /// <summary>The client's IP address.</summary>
    [JsonInclude]
    public string? IpAddress { get; internal set; }

    /// <summary>The city, from the IP address.</summary>
    [JsonInclude]
    public string? City { get; internal set; }

    /// <summary>The country code, from the IP address.</summary>
    [JsonInclude]
    public string? Country { get; internal set; }
}

/// <summary>A task a pending <see cref="Session"/> must complete.</summary>
public sealed record SessionTask
{
    /// <summary>The task's key, e.g. <c>choose-organization</c>.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }
}

/// <summary>The status of a session: <c>active</c>, <c>pending</c>, <c>revoked</c>, <c>ended</c>, <c>expired</c>,
/// <c>removed</c>, <c>abandoned</c>, <c>replaced</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<SessionStatus>))]
public readonly record struct SessionStatus(string Value) : IOpenEnum<SessionStatus>
{
    /// <summary><c>active</c></summary>
    public static readonly SessionStatus Active = new("active");
    /// <summary><c>pending</c></summary>
    public static readonly SessionStatus Pending = new("pending");
    /// <summary><c>revoked</c></summary>
    public static readonly SessionStatus Revoked = new("revoked");
    /// <summary><c>ended</c></summary>
    public static readonly SessionStatus Ended = new("ended");
    /// <summary><c>expired</c></summary>
    public static readonly SessionStatus Expired = new("expired");
    /// <summary><c>removed</c></summary>
    public static readonly SessionStatus Removed = new("removed");
    /// <summary><c>abandoned</c></summary>
    public static readonly SessionStatus Abandoned = new("abandoned");
    /// <summary><c>replaced</c></summary>
    public static readonly SessionStatus Replaced = new("replaced");

    /// <inheritdoc />
    public static SessionStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
