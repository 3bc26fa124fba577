using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An invitation to sign up for the application.</summary>
public sealed record Invitation
{
    /// <summary>The object type: <c>invitation</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The invitation's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The invited email address.</summary>
    public string EmailAddress { get => field ?? ""; init; }

    /// <summary>Public metadata given to the user who accepts (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Whether the invitation was revoked, when sent.</summary>
    public bool? Revoked { get; init; }

    /// <summary>The invitation's status.</summary>
    public InvitationStatus? Status { get; init; }

    /// <summary>The invitation URL, when sent.</summary>
    public string? Url { get; init; }

    /// <summary>Unix timestamp (milliseconds) of expiration, or null.</summary>
    public long? ExpiresAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}

/// <summary>The status of an invitation: <c>pending</c>, <c>accepted</c>, <c>revoked</c>, <c>expired</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<InvitationStatus>))]
public readonly record struct InvitationStatus(string Value) : IOpenEnum<InvitationStatus>
{
    /// <summary><c>pending</c></summary>
    public static readonly InvitationStatus Pending = new("pending");
    /// <summary><c>accepted</c></summary>
    public static readonly InvitationStatus Accepted = new("accepted");
    /// <summary><c>revoked</c></summary>
    public static readonly InvitationStatus Revoked = new("revoked");
    /// <summary><c>expired</c></summary>
    public static readonly InvitationStatus Expired = new("expired");

    /// <inheritdoc />
    public static InvitationStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
