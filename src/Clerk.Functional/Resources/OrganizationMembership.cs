using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A user's membership in an organization.</summary>
public sealed record OrganizationMembership
{
    /// <summary>The membership's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>organization_membership</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The member's role key, e.g. <c>org:admin</c>.</summary>
    public string Role { get => field ?? ""; init; }

    /// <summary>The member's role name.</summary>
    public string? RoleName { get; init; }

    /// <summary>The permission keys the member holds.</summary>
    public IReadOnlyList<string> Permissions { get => field ?? []; init; }

    /// <summary>Metadata saved on the membership, accessible from both Frontend and Backend APIs (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Metadata saved on the membership, accessible only from the Backend API (free-form JSON).</summary>
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>The organization.</summary>
    public Organization Organization { get; init; } = new();

    /// <summary>Public data of the member, when populated.</summary>
    public OrganizationMembershipPublicUserData? PublicUserData { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}

/// <summary>Public data of the user in an <see cref="OrganizationMembership"/>.</summary>
public sealed record OrganizationMembershipPublicUserData
{
    /// <summary>The user's ID.</summary>
    public string UserId { get => field ?? ""; init; }

    /// <summary>The user's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The user's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    public string? ProfileImageUrl { get; init; }

    /// <summary>The user's profile image URL.</summary>
    public string ImageUrl { get => field ?? ""; init; }

    /// <summary>Whether the user has uploaded a profile image.</summary>
    public bool HasImage { get; init; }

    /// <summary>The user's identifier (email address, phone number or username).</summary>
    public string? Identifier { get; init; }

    /// <summary>The user's username.</summary>
    public string? Username { get; init; }

    /// <summary>Whether the user is banned.</summary>
    public bool? Banned { get; init; }

    /// <summary>Whether the user has been deprovisioned.</summary>
    public bool? Deprovisioned { get; init; }
}
