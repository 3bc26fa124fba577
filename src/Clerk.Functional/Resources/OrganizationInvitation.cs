using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An invitation to join an organization (with public organization data when listed for a user).</summary>
public sealed record OrganizationInvitation
{
    /// <summary>The object type: <c>organization_invitation</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The invitation's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The invited email address.</summary>
    public string EmailAddress { get => field ?? ""; init; }

    /// <summary>The role key the invitee will get.</summary>
    public string Role { get => field ?? ""; init; }

    /// <summary>The role name the invitee will get.</summary>
    public string RoleName { get => field ?? ""; init; }

    /// <summary>The organization's ID.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The ID of the user who sent the invitation.</summary>
    public string? InviterId { get; init; }

    /// <summary>Public data of the inviter.</summary>
    public OrganizationInvitationPublicUserData? PublicInviterData { get; init; }

    /// <summary>The invitation's status.</summary>
    public OrganizationInvitationStatus? Status { get; init; }

    /// <summary>Public metadata (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Private metadata (free-form JSON).</summary>
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>The invitation URL.</summary>
    public string? Url { get; init; }

    /// <summary>Unix timestamp (milliseconds) of expiration.</summary>
    public long? ExpiresAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Public data of the organization (sent by <c>GET /users/{user_id}/organization_invitations</c>).</summary>
    public OrganizationInvitationPublicOrganizationData? PublicOrganizationData { get; init; }
}

/// <summary>Public data of the user who sent an <see cref="OrganizationInvitation"/>.</summary>
public sealed record OrganizationInvitationPublicUserData
{
    /// <summary>The inviter's user ID.</summary>
    public string UserId { get => field ?? ""; init; }

    /// <summary>The inviter's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The inviter's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The inviter's profile image URL.</summary>
    public string ImageUrl { get => field ?? ""; init; }

    /// <summary>Whether the inviter has uploaded a profile image.</summary>
    public bool HasImage { get; init; }

    /// <summary>The inviter's identifier.</summary>
    public string Identifier { get => field ?? ""; init; }
}

/// <summary>Public data of the organization of an <see cref="OrganizationInvitation"/>.</summary>
public sealed record OrganizationInvitationPublicOrganizationData
{
    /// <summary>The organization's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The organization's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The organization's slug.</summary>
    public string Slug { get => field ?? ""; init; }

    /// <summary>The organization's logo URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Whether the organization has an uploaded logo.</summary>
    public bool HasImage { get; init; }
}
