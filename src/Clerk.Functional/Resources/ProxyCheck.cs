using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The outcome of checking that a domain's proxy reaches Clerk's Frontend API (<c>proxy_check</c>).</summary>
public sealed record ProxyCheck
{
    /// <summary>The object type: <c>proxy_check</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The check's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The domain whose proxy was checked.</summary>
    [JsonInclude]
    public string DomainId { get => field ?? ""; internal set; }

    /// <summary>When the check last ran, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastRunAt { get; internal set; }

    /// <summary>The proxy URL that was checked.</summary>
    [JsonInclude]
    public string ProxyUrl { get => field ?? ""; internal set; }

    /// <summary>Whether the proxy forwarded requests to the Frontend API.</summary>
    [JsonInclude]
    public bool Successful { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
