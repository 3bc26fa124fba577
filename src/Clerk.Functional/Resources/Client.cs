using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A client: one browser or device, with its sessions.</summary>
public sealed record Client
{
    /// <summary>The object type: <c>client</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>String representing the identifier of the session.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The session ids.</summary>
    [JsonInclude]
    public IReadOnlyList<string> SessionIds { get => field ?? []; internal set; }

    /// <summary>The sessions.</summary>
    [JsonInclude]
    public IReadOnlyList<Session> Sessions { get => field ?? []; internal set; }

    /// <summary>The sign in id.</summary>
    [JsonInclude]
    public string? SignInId { get; internal set; }

    /// <summary>The sign up id.</summary>
    [JsonInclude]
    public string? SignUpId { get; internal set; }

    /// <summary>Last active session_id.</summary>
    [JsonInclude]
    public string? LastActiveSessionId { get; internal set; }

    /// <summary>The authentication strategy that was last used to authenticate the user on this client.</summary>
    [JsonInclude]
    public string? LastAuthenticationStrategy { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }
}

/// <summary>The answer of <c>GET /clients/handshake_payload</c>: the <c>Set-Cookie</c> directives of a handshake.</summary>
public sealed record HandshakePayload
{
    /// <summary>The directives, each a <c>Set-Cookie</c> header value.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Directives { get => field ?? []; internal set; }
}
