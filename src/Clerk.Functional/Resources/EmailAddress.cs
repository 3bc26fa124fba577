using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An email address of a user.</summary>
public sealed record EmailAddress
{
    /// <summary>The email address identification's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>email_address</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The email address itself (JSON <c>email_address</c>).</summary>
    [JsonPropertyName("email_address")]
    [JsonInclude]
    public string Address { get => field ?? ""; internal set; }

    /// <summary>Whether the address is reserved.</summary>
    [JsonInclude]
    public bool Reserved { get; internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }

    /// <summary>The identifications this address is linked to.</summary>
    [JsonInclude]
    public IReadOnlyList<IdentificationLink> LinkedTo { get => field ?? []; internal set; }

    /// <summary>Whether this email address domain matches an active enterprise connection.</summary>
    [JsonInclude]
    public bool? MatchesSsoConnection { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
