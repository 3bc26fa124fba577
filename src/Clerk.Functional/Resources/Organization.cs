using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>An organization.</summary>
public sealed record Organization
{
    /// <summary>The object type: <c>organization</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

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

    /// <summary>The logo URL, sent with the organization by <c>PUT /organizations/{organization_id}/logo</c>.</summary>
    [JsonInclude]
    public string? LogoUrl { get; internal set; }

    /// <summary>Whether the organization has an uploaded logo.</summary>
    [JsonInclude]
    public bool HasImage { get; internal set; }

    /// <summary>The number of members, when requested.</summary>
    [JsonInclude]
    public int? MembersCount { get; internal set; }

    /// <summary>Whether the organization lacks a member with elevated permissions, when requested.</summary>
    [JsonInclude]
    public bool? MissingMemberWithElevatedPermissions { get; internal set; }

    /// <summary>The number of pending invitations, when requested.</summary>
    [JsonInclude]
    public int? PendingInvitationsCount { get; internal set; }

    /// <summary>The maximum number of memberships allowed.</summary>
    [JsonInclude]
    public int MaxAllowedMemberships { get; internal set; }

    /// <summary>Whether admins can delete the organization.</summary>
    [JsonInclude]
    public bool AdminDeleteEnabled { get; internal set; }

    /// <summary>Public metadata (free-form JSON), readable from the Frontend API.</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Private metadata (free-form JSON), readable only from the Backend API.</summary>
    [JsonInclude]
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>The ID of the user who created the organization.</summary>
    [JsonInclude]
    public string? CreatedBy { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The time of last activity.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastActiveAt { get; internal set; }

    /// <summary>The key of the role set assigned to this organization.</summary>
    [JsonInclude]
    public string? RoleSetKey { get; internal set; }
}
