using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A session: one signed-in user on one client (browser or device).</summary>
public sealed record Session
{
    /// <summary>The object type: <c>session</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The session's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The ID of the signed-in user.</summary>
    public string UserId { get => field ?? ""; init; }

    /// <summary>The ID of the client (browser or device) the session belongs to.</summary>
    public string ClientId { get => field ?? ""; init; }

    /// <summary>The actor (impersonator) claims of an impersonation session (free-form JSON), or null.</summary>
    public JsonElement? Actor { get; init; }

    /// <summary>The session's status.</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>The ID of the organization that was last active in the session, or null.</summary>
    public string? LastActiveOrganizationId { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the last activity.</summary>
    public long LastActiveAt { get; init; }

    /// <summary>The latest activity (device, browser, location), when Clerk sends it.</summary>
    public SessionActivity? LatestActivity { get; init; }

    /// <summary>Unix timestamp (milliseconds) of expiration.</summary>
    public long ExpireAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of abandonment.</summary>
    public long AbandonAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>The tasks a pending session must complete before it becomes active.</summary>
    public IReadOnlyList<SessionTask> Tasks { get => field ?? []; init; }

    /// <summary>The session's user; sent only with <c>session.*</c> webhook events (null otherwise, or when Clerk has none).</summary>
    public User? User { get; init; }
}

/// <summary>The latest activity of a <see cref="Session"/>.</summary>
public sealed record SessionActivity
{
    /// <summary>The object type: <c>session_activity</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The activity's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The device type, e.g. <c>desktop</c>.</summary>
    public string? DeviceType { get; init; }

    /// <summary>Whether the device is mobile.</summary>
    public bool IsMobile { get; init; }

    /// <summary>The browser's name.</summary>
    public string? BrowserName { get; init; }

    /// <summary>The browser's version.</summary>
    public string? BrowserVersion { get; init; }

    /// <summary>The client's IP address.</summary>
    public string? IpAddress { get; init; }

    /// <summary>The city, from the IP address.</summary>
    public string? City { get; init; }

    /// <summary>The country code, from the IP address.</summary>
    public string? Country { get; init; }
}

/// <summary>A task a pending <see cref="Session"/> must complete.</summary>
public sealed record SessionTask
{
    /// <summary>The task's key, e.g. <c>choose-organization</c>.</summary>
    public string Key { get => field ?? ""; init; }
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
