using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A social (OAuth) account linked to a user, with its verification (spec schema <c>ExternalAccountWithVerification</c>).</summary>
public sealed record ExternalAccount
{
    /// <summary>The object type: <c>external_account</c>, <c>google_account</c>, <c>facebook_account</c>, ….</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The external account's ID (an identification ID for older accounts).</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The <c>eac_</c> external account ID, sent alongside an identification <see cref="Id"/> for some providers.</summary>
    public string? ExternalAccountId { get; init; }

    /// <summary>The provider, e.g. <c>oauth_google</c> or <c>google</c>.</summary>
    public string Provider { get => field ?? ""; init; }

    /// <summary>The ID of the identification this account backs.</summary>
    public string IdentificationId { get => field ?? ""; init; }

    /// <summary>The unique ID of the user in the external provider's system.</summary>
    public string ProviderUserId { get => field ?? ""; init; }

    /// <summary>The scopes the user granted, space-separated.</summary>
    public string ApprovedScopes { get => field ?? ""; init; }

    /// <summary>The email address reported by the provider.</summary>
    public string EmailAddress { get => field ?? ""; init; }

    /// <summary>Whether the provider verified the email at creation time; null when unknown.</summary>
    public bool? EmailAddressVerified { get; init; }

    /// <summary>The first name reported by the provider.</summary>
    public string FirstName { get => field ?? ""; init; }

    /// <summary>The last name reported by the provider.</summary>
    public string LastName { get => field ?? ""; init; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>The profile image URL reported by the provider.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The username reported by the provider.</summary>
    public string? Username { get; init; }

    /// <summary>The phone number reported by the provider.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Public metadata of the external account (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>A label for the account, when set.</summary>
    public string? Label { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>The verification state, or null when there is none.</summary>
    public Verification? Verification { get; init; }
}
