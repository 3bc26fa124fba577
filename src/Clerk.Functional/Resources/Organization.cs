using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An organization.</summary>
public sealed record Organization
{
    /// <summary>The object type: <c>organization</c>.</summary>
    public string Object { get => field ?? ""; init; }

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

    /// <summary>The number of members, when requested.</summary>
    public int? MembersCount { get; init; }

    /// <summary>Whether the organization lacks a member with elevated permissions, when requested.</summary>
    public bool? MissingMemberWithElevatedPermissions { get; init; }

    /// <summary>The number of pending invitations, when requested.</summary>
    public int? PendingInvitationsCount { get; init; }

    /// <summary>The maximum number of memberships allowed.</summary>
    public int MaxAllowedMemberships { get; init; }

    /// <summary>Whether admins can delete the organization.</summary>
    public bool AdminDeleteEnabled { get; init; }

    /// <summary>Public metadata (free-form JSON), readable from the Frontend API.</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Private metadata (free-form JSON), readable only from the Backend API.</summary>
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>The ID of the user who created the organization.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last activity.</summary>
    public long? LastActiveAt { get; init; }

    /// <summary>The key of the role set assigned to this organization.</summary>
    public string? RoleSetKey { get; init; }
}
