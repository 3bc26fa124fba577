using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>An invitation to join an organization (with public organization data when listed for a user).</summary>
public sealed record OrganizationInvitation
{
    /// <summary>The object type: <c>organization_invitation</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The invitation's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The invited email address.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>The role key the invitee will get.</summary>
    [JsonInclude]
    public string Role { get => field ?? ""; internal set; }

    /// <summary>The role name the invitee will get.</summary>
    [JsonInclude]
    public string RoleName { get => field ?? ""; internal set; }

    /// <summary>The organization's ID.</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>The ID of the user who sent the invitation.</summary>
    [JsonInclude]
    public string? InviterId { get; internal set; }

    /// <summary>Public data of the inviter.</summary>
    [JsonInclude]
    public OrganizationInvitationPublicUserData? PublicInviterData { get; internal set; }

    /// <summary>The invitation's status.</summary>
    [JsonInclude]
    public OrganizationInvitationStatus? Status { get; internal set; }

    /// <summary>Public metadata (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Private metadata (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>The invitation URL.</summary>
    [JsonInclude]
    public string? Url { get; internal set; }

    /// <summary>The time of expiration.</summary>
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

    /// <summary>Public data of the organization (sent by <c>GET /users/{user_id}/organization_invitations</c>).</summary>
    [JsonInclude]
    public OrganizationInvitationPublicOrganizationData? PublicOrganizationData { get; internal set; }
}

/// <summary>Public data of the user who sent an <see cref="OrganizationInvitation"/>.</summary>
public sealed record OrganizationInvitationPublicUserData
{
    /// <summary>The inviter's user ID.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The inviter's first name.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The inviter's last name.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>The inviter's profile image URL.</summary>
    [JsonInclude]
    public string ImageUrl { get => field ?? ""; internal set; }

    /// <summary>Whether the inviter has uploaded a profile image.</summary>
    [JsonInclude]
    public bool HasImage { get; internal set; }

    /// <summary>The inviter's identifier.</summary>
    [JsonInclude]
    public string Identifier { get => field ?? ""; internal set; }
}

/// <summary>Public data of the organization of an <see cref="OrganizationInvitation"/>.</summary>
public sealed record OrganizationInvitationPublicOrganizationData
{
    /// <summary>The organization's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The organization's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The organization's slug.</summary>
    [JsonInclude]
    public string Slug { get => field ?? ""; internal set; }

    /// <summary>The organization's logo URL.</summary>
    [JsonInclude]
    public string? ImageUrl { get; internal set; }

    /// <summary>Whether the organization has an uploaded logo.</summary>
    [JsonInclude]
    public bool HasImage { get; internal set; }
}
