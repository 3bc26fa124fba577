using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A phone number of a user.</summary>
public sealed record PhoneNumber
{
    /// <summary>The phone number identification's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>phone_number</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The phone number itself (JSON <c>phone_number</c>).</summary>
    [JsonPropertyName("phone_number")]
    public string Number { get => field ?? ""; init; }

    /// <summary>Whether the number is reserved for second-factor authentication.</summary>
    public bool? ReservedForSecondFactor { get; init; }

    /// <summary>Whether the number is the default second factor.</summary>
    public bool? DefaultSecondFactor { get; init; }

    /// <summary>Whether the number is reserved.</summary>
    public bool Reserved { get; init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }

    /// <summary>The identifications this number is linked to.</summary>
    public IReadOnlyList<IdentificationLink> LinkedTo { get => field ?? []; init; }

    /// <summary>Backup codes, when present.</summary>
    public IReadOnlyList<string>? BackupCodes { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
