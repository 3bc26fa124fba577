using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A social (OAuth) account linked to a user, with its verification (spec schema <c>ExternalAccountWithVerification</c>).</summary>
public sealed record ExternalAccount
{
    /// <summary>The object type: <c>external_account</c>, <c>google_account</c>, <c>facebook_account</c>, ….</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The external account's ID (an identification ID for older accounts).</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The <c>eac_</c> external account ID, sent alongside an identification <see cref="Id"/> for some providers.</summary>
    [JsonInclude]
    public string? ExternalAccountId { get; internal set; }

    /// <summary>The provider, e.g. <c>oauth_google</c> or <c>google</c>.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>The ID of the identification this account backs.</summary>
    [JsonInclude]
    public string IdentificationId { get => field ?? ""; internal set; }

    /// <summary>The unique ID of the user in the external provider's system.</summary>
    [JsonInclude]
    public string ProviderUserId { get => field ?? ""; internal set; }

    /// <summary>The scopes the user granted, space-separated.</summary>
    [JsonInclude]
    public string ApprovedScopes { get => field ?? ""; internal set; }

    /// <summary>The email address reported by the provider.</summary>
    [JsonInclude]
    public string EmailAddress { get => field ?? ""; internal set; }

    /// <summary>Whether the provider verified the email at creation time; null when unknown.</summary>
    [JsonInclude]
    public bool? EmailAddressVerified { get; internal set; }

    /// <summary>The first name reported by the provider.</summary>
    [JsonInclude]
    public string FirstName { get => field ?? ""; internal set; }

    /// <summary>The last name reported by the provider.</summary>
    [JsonInclude]
    public string LastName { get => field ?? ""; internal set; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    [JsonInclude]
    public string? AvatarUrl { get; internal set; }

    /// <summary>The profile image URL reported by the provider.</summary>
    [JsonInclude]
    public string? ImageUrl { get; internal set; }

    /// <summary>The username reported by the provider.</summary>
    [JsonInclude]
    public string? Username { get; internal set; }

    /// <summary>The phone number reported by the provider.</summary>
    [JsonInclude]
    public string? PhoneNumber { get; internal set; }

    /// <summary>Public metadata of the external account (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>A label for the account, when set.</summary>
    [JsonInclude]
    public string? Label { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The verification state, or null when there is none.</summary>
    [JsonInclude]
    public Verification? Verification { get; internal set; }
}
