using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A Web3 wallet of a user.</summary>
public sealed record Web3Wallet
{
    /// <summary>The Web3 wallet identification's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>web3_wallet</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The wallet address (JSON <c>web3_wallet</c>).</summary>
    [JsonPropertyName("web3_wallet")]
    [JsonInclude]
    public string Address { get => field ?? ""; internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
