using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>An email address of a user.</summary>
public sealed record EmailAddress
{
    /// <summary>The email address identification's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>email_address</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The email address itself (JSON <c>email_address</c>).</summary>
    [JsonPropertyName("email_address")]
    public string Address { get => field ?? ""; init; }

    /// <summary>Whether the address is reserved.</summary>
    public bool Reserved { get; init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }

    /// <summary>The identifications this address is linked to.</summary>
    public IReadOnlyList<IdentificationLink> LinkedTo { get => field ?? []; init; }

    /// <summary>Whether this email address domain matches an active enterprise connection.</summary>
    public bool? MatchesSsoConnection { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}
