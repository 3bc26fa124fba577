using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An invitation to sign up for the application.</summary>
public sealed record Invitation
{
    /// <summary>The object type: <c>invitation</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The invitation's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The invited email address.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>Public metadata given to the user who accepts (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Whether the invitation was revoked, when sent.</summary>
    [JsonInclude]
    public bool? Revoked { get; internal set; }

    /// <summary>The invitation's status.</summary>
    [JsonInclude]
    public InvitationStatus? Status { get; internal set; }

    /// <summary>The invitation URL, when sent.</summary>
    [JsonInclude]
    public string? Url { get; internal set; }

    /// <summary>The time of expiration, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ExpiresAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
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
