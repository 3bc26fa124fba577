using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A user's membership in an organization.</summary>
public sealed record OrganizationMembership
{
    /// <summary>The membership's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>organization_membership</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The member's role key, e.g. <c>org:admin</c>.</summary>
    [JsonInclude]
    public string Role { get => field ?? ""; internal set; }

    /// <summary>The member's role name.</summary>
    [JsonInclude]
    public string? RoleName { get; internal set; }

    /// <summary>The permission keys the member holds.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Permissions { get => field ?? []; internal set; }

    /// <summary>Metadata saved on the membership, accessible from both Frontend and Backend APIs (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Metadata saved on the membership, accessible only from the Backend API (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>The organization.</summary>
    [JsonInclude]
    public Organization Organization { get; internal set; } = new();

    /// <summary>Public data of the member, when populated.</summary>
    [JsonInclude]
    public OrganizationMembershipPublicUserData? PublicUserData { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>Public data of the user in an <see cref="OrganizationMembership"/>.</summary>
public sealed record OrganizationMembershipPublicUserData
{
    /// <summary>The user's ID.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The user's first name.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The user's last name.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    [JsonInclude]
    public string? ProfileImageUrl { get; internal set; }

    /// <summary>The user's profile image URL.</summary>
    [JsonInclude]
    public string ImageUrl { get => field ?? ""; internal set; }

    /// <summary>Whether the user has uploaded a profile image.</summary>
    [JsonInclude]
    public bool HasImage { get; internal set; }

    /// <summary>The user's identifier (email address, phone number or username).</summary>
    [JsonInclude]
    public string? Identifier { get; internal set; }

    /// <summary>The user's username.</summary>
    [JsonInclude]
    public string? Username { get; internal set; }

    /// <summary>Whether the user is banned.</summary>
    [JsonInclude]
    public bool? Banned { get; internal set; }

    /// <summary>Whether the user has been deprovisioned.</summary>
    [JsonInclude]
    public bool? Deprovisioned { get; internal set; }
}
