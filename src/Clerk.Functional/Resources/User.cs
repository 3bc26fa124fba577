using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A Clerk user.</summary>
public sealed record User
{
    /// <summary>The user's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>user</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The ID of the user in your own system.</summary>
    [JsonInclude]
    public string? ExternalId { get; internal set; }

    /// <summary>The ID of the primary email address.</summary>
    [JsonInclude]
    public string? PrimaryEmailAddressId { get; internal set; }

    /// <summary>The ID of the primary phone number.</summary>
    [JsonInclude]
    public string? PrimaryPhoneNumberId { get; internal set; }

    /// <summary>The ID of the primary Web3 wallet.</summary>
    [JsonPropertyName("primary_web3_wallet_id")]
    [JsonInclude]
    public string? PrimaryWeb3WalletId { get; internal set; }

    /// <summary>The username.</summary>
    [JsonInclude]
    public string? Username { get; internal set; }

    /// <summary>The first name.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The last name.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>The user's locale (BCP-47).</summary>
    [JsonInclude]
    public string? Locale { get; internal set; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    [JsonInclude]
    public string? ProfileImageUrl { get; internal set; }

    /// <summary>The profile image URL.</summary>
    [JsonInclude]
    public string? ImageUrl { get; internal set; }

    /// <summary>Whether the user has uploaded a profile image.</summary>
    [JsonInclude]
    public bool HasImage { get; internal set; }

    /// <summary>Public metadata (free-form JSON), readable from the Frontend API.</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Private metadata (free-form JSON), readable only from the Backend API.</summary>
    [JsonInclude]
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Unsafe metadata (free-form JSON), writable from the Frontend API.</summary>
    [JsonInclude]
    public JsonElement UnsafeMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>The user's email addresses.</summary>
    [JsonInclude]
    public IReadOnlyList<EmailAddress> EmailAddresses { get => field ?? []; internal set; }

    /// <summary>The user's phone numbers.</summary>
    [JsonInclude]
    public IReadOnlyList<PhoneNumber> PhoneNumbers { get => field ?? []; internal set; }

    /// <summary>The user's Web3 wallets.</summary>
    [JsonPropertyName("web3_wallets")]
    [JsonInclude]
    public IReadOnlyList<Web3Wallet> Web3Wallets { get => field ?? []; internal set; }

    /// <summary>The user's passkeys.</summary>
    [JsonInclude]
    public IReadOnlyList<Passkey> Passkeys { get => field ?? []; internal set; }

    /// <summary>Whether the user has a password.</summary>
    [JsonInclude]
    public bool PasswordEnabled { get; internal set; }

    /// <summary>Whether the user has a second factor enabled.</summary>
    [JsonInclude]
    public bool TwoFactorEnabled { get; internal set; }

    /// <summary>Whether the user has TOTP enabled.</summary>
    [JsonInclude]
    public bool TotpEnabled { get; internal set; }

    /// <summary>Whether the user has backup codes enabled.</summary>
    [JsonInclude]
    public bool BackupCodeEnabled { get; internal set; }

    /// <summary>When MFA was last enabled; not cleared when MFA is disabled.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? MfaEnabledAt { get; internal set; }

    /// <summary>When MFA was last disabled; not cleared when MFA is enabled again.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? MfaDisabledAt { get; internal set; }

    /// <summary>When the password was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PasswordLastUpdatedAt { get; internal set; }

    /// <summary>The user's social (OAuth) accounts.</summary>
    [JsonInclude]
    public IReadOnlyList<ExternalAccount> ExternalAccounts { get => field ?? []; internal set; }

    /// <summary>The user's SAML accounts.</summary>
    [JsonInclude]
    public IReadOnlyList<SamlAccount> SamlAccounts { get => field ?? []; internal set; }

    /// <summary>The user's enterprise accounts.</summary>
    [JsonInclude]
    public IReadOnlyList<EnterpriseAccount> EnterpriseAccounts { get => field ?? []; internal set; }

    /// <summary>The user's organization memberships, when included.</summary>
    [JsonInclude]
    public IReadOnlyList<OrganizationMembership> OrganizationMemberships { get => field ?? []; internal set; }

    /// <summary>The time of last sign-in.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastSignInAt { get; internal set; }

    /// <summary>Whether the user is banned.</summary>
    [JsonInclude]
    public bool Banned { get; internal set; }

    /// <summary>Whether the user is currently locked, i.e. restricted from signing in.</summary>
    [JsonInclude]
    public bool Locked { get; internal set; }

    /// <summary>Whether the user has been deprovisioned and is restricted from signing in.</summary>
    [JsonInclude]
    public bool? Deprovisioned { get; internal set; }

    /// <summary>Seconds until a locked user's lockout expires; null for a locked user means it never expires.</summary>
    [JsonInclude]
    public long? LockoutExpiresInSeconds { get; internal set; }

    /// <summary>Verification attempts remaining before the user is locked; null when lockout is disabled.</summary>
    [JsonInclude]
    public long? VerificationAttemptsRemaining { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Whether the user can delete themselves through the Frontend API.</summary>
    [JsonInclude]
    public bool DeleteSelfEnabled { get; internal set; }

    /// <summary>Whether the user can create organizations through the Frontend API.</summary>
    [JsonInclude]
    public bool CreateOrganizationEnabled { get; internal set; }

    /// <summary>The maximum number of organizations the user can create; 0 means unlimited.</summary>
    [JsonInclude]
    public int? CreateOrganizationsLimit { get; internal set; }

    /// <summary>The time of the latest session activity, with day precision.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastActiveAt { get; internal set; }

    /// <summary>When the user accepted the legal requirements.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LegalAcceptedAt { get; internal set; }

    /// <summary>Whether the user bypasses Device Trust checks during sign-in.</summary>
    [JsonInclude]
    public bool BypassClientTrust { get; internal set; }

    /// <summary>The user's directory (SCIM) linkage; only sent on <c>user.created</c>/<c>user.updated</c> webhooks for directory-provisioned users.</summary>
    [JsonInclude]
    public ScimUserMetadata? Scim { get; internal set; }

    /// <summary>The email address whose ID is <see cref="PrimaryEmailAddressId"/>, or null.</summary>
    [JsonIgnore]
    public EmailAddress? PrimaryEmailAddress =>
        PrimaryEmailAddressId is null ? null : EmailAddresses?.FirstOrDefault(e => e.Id == PrimaryEmailAddressId);

    /// <summary>The phone number whose ID is <see cref="PrimaryPhoneNumberId"/>, or null.</summary>
    [JsonIgnore]
    public PhoneNumber? PrimaryPhoneNumber =>
        PrimaryPhoneNumberId is null ? null : PhoneNumbers?.FirstOrDefault(p => p.Id == PrimaryPhoneNumberId);

    /// <summary>The Web3 wallet whose ID is <see cref="PrimaryWeb3WalletId"/>, or null.</summary>
    [JsonIgnore]
    public Web3Wallet? PrimaryWeb3Wallet =>
        PrimaryWeb3WalletId is null ? null : Web3Wallets?.FirstOrDefault(w => w.Id == PrimaryWeb3WalletId);

    /// <summary>First and last name joined by a space and trimmed, or null when that is empty.</summary>
    [JsonIgnore]
    public string? FullName =>
        $"{FirstName} {LastName}".Trim() is { Length: > 0 } name ? name : null;
}

/// <summary>
/// Metadata describing a user's linkage to a directory. Only sent on <c>user.created</c> and <c>user.updated</c>
/// webhook events, and only when the user is provisioned through a directory.
/// </summary>
public sealed record ScimUserMetadata
{
    /// <summary>The ID of the directory the user is provisioned from.</summary>
    [JsonInclude]
    public string DirectoryId { get => field ?? ""; internal set; }

    /// <summary>Whether the directory is currently enabled (omitted, hence false, when disabled).</summary>
    [JsonInclude]
    public bool DirectoryEnabled { get; internal set; }

    /// <summary>The user's external ID as reported by the directory, if any.</summary>
    [JsonInclude]
    public string? ExternalId { get; internal set; }
}
