using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A Web3 wallet of a user.</summary>
public sealed record Web3Wallet
{
    /// <summary>The Web3 wallet identification's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>web3_wallet</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The wallet address (JSON <c>web3_wallet</c>).</summary>
    [JsonPropertyName("web3_wallet")]
    public string Address { get => field ?? ""; init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
