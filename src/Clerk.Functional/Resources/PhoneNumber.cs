using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A phone number of a user.</summary>
public sealed record PhoneNumber
{
    /// <summary>The phone number identification's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>phone_number</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The phone number itself (JSON <c>phone_number</c>).</summary>
    [JsonPropertyName("phone_number")]
    [JsonInclude]
    public string Number { get => field ?? ""; internal set; }

    /// <summary>Whether the number is reserved for second-factor authentication.</summary>
    [JsonInclude]
    public bool? ReservedForSecondFactor { get; internal set; }

    /// <summary>Whether the number is the default second factor.</summary>
    [JsonInclude]
    public bool? DefaultSecondFactor { get; internal set; }

    /// <summary>Whether the number is reserved.</summary>
    [JsonInclude]
    public bool Reserved { get; internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }

    /// <summary>The identifications this number is linked to.</summary>
    [JsonInclude]
    public IReadOnlyList<IdentificationLink> LinkedTo { get => field ?? []; internal set; }

    /// <summary>Backup codes, when present.</summary>
    [JsonInclude]
    public IReadOnlyList<string>? BackupCodes { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
