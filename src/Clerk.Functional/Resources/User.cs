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
    public string Id { get => field ?? ""; init; }

    /// <summary>The object type: <c>user</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The ID of the user in your own system.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The ID of the primary email address.</summary>
    public string? PrimaryEmailAddressId { get; init; }

    /// <summary>The ID of the primary phone number.</summary>
    public string? PrimaryPhoneNumberId { get; init; }

    /// <summary>The ID of the primary Web3 wallet.</summary>
    [JsonPropertyName("primary_web3_wallet_id")]
    public string? PrimaryWeb3WalletId { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The user's locale (BCP-47).</summary>
    public string? Locale { get; init; }

    /// <summary>Deprecated: use <see cref="ImageUrl"/>.</summary>
    public string? ProfileImageUrl { get; init; }

    /// <summary>The profile image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Whether the user has uploaded a profile image.</summary>
    public bool HasImage { get; init; }

    /// <summary>Public metadata (free-form JSON), readable from the Frontend API.</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Private metadata (free-form JSON), readable only from the Backend API.</summary>
    public JsonElement PrivateMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Unsafe metadata (free-form JSON), writable from the Frontend API.</summary>
    public JsonElement UnsafeMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>The user's email addresses.</summary>
    public IReadOnlyList<EmailAddress> EmailAddresses { get => field ?? []; init; }

    /// <summary>The user's phone numbers.</summary>
    public IReadOnlyList<PhoneNumber> PhoneNumbers { get => field ?? []; init; }

    /// <summary>The user's Web3 wallets.</summary>
    [JsonPropertyName("web3_wallets")]
    public IReadOnlyList<Web3Wallet> Web3Wallets { get => field ?? []; init; }

    /// <summary>The user's passkeys.</summary>
    public IReadOnlyList<Passkey> Passkeys { get => field ?? []; init; }

    /// <summary>Whether the user has a password.</summary>
    public bool PasswordEnabled { get; init; }

    /// <summary>Whether the user has a second factor enabled.</summary>
    public bool TwoFactorEnabled { get; init; }

    /// <summary>Whether the user has TOTP enabled.</summary>
    public bool TotpEnabled { get; init; }

    /// <summary>Whether the user has backup codes enabled.</summary>
    public bool BackupCodeEnabled { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when MFA was last enabled; not cleared when MFA is disabled.</summary>
    public long? MfaEnabledAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when MFA was last disabled; not cleared when MFA is enabled again.</summary>
    public long? MfaDisabledAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when the password was last updated.</summary>
    public long? PasswordLastUpdatedAt { get; init; }

    /// <summary>The user's social (OAuth) accounts.</summary>
    public IReadOnlyList<ExternalAccount> ExternalAccounts { get => field ?? []; init; }

    /// <summary>The user's SAML accounts.</summary>
    public IReadOnlyList<SamlAccount> SamlAccounts { get => field ?? []; init; }

    /// <summary>The user's enterprise accounts.</summary>
    public IReadOnlyList<EnterpriseAccount> EnterpriseAccounts { get => field ?? []; init; }

    /// <summary>The user's organization memberships, when included.</summary>
    public IReadOnlyList<OrganizationMembership> OrganizationMemberships { get => field ?? []; init; }

    /// <summary>Unix timestamp (milliseconds) of last sign-in.</summary>
    public long? LastSignInAt { get; init; }

    /// <summary>Whether the user is banned.</summary>
    public bool Banned { get; init; }

    /// <summary>Whether the user is currently locked, i.e. restricted from signing in.</summary>
    public bool Locked { get; init; }

    /// <summary>Whether the user has been deprovisioned and is restricted from signing in.</summary>
    public bool? Deprovisioned { get; init; }

    /// <summary>Seconds until a locked user's lockout expires; null for a locked user means it never expires.</summary>
    public long? LockoutExpiresInSeconds { get; init; }

    /// <summary>Verification attempts remaining before the user is locked; null when lockout is disabled.</summary>
    public long? VerificationAttemptsRemaining { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Whether the user can delete themselves through the Frontend API.</summary>
    public bool DeleteSelfEnabled { get; init; }

    /// <summary>Whether the user can create organizations through the Frontend API.</summary>
    public bool CreateOrganizationEnabled { get; init; }

    /// <summary>The maximum number of organizations the user can create; 0 means unlimited.</summary>
    public int? CreateOrganizationsLimit { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the latest session activity, with day precision.</summary>
    public long? LastActiveAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when the user accepted the legal requirements.</summary>
    public long? LegalAcceptedAt { get; init; }

    /// <summary>Whether the user bypasses Device Trust checks during sign-in.</summary>
    public bool BypassClientTrust { get; init; }

    /// <summary>The user's directory (SCIM) linkage; only sent on <c>user.created</c>/<c>user.updated</c> webhooks for directory-provisioned users.</summary>
    public ScimUserMetadata? Scim { get; init; }

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
    public string DirectoryId { get => field ?? ""; init; }

    /// <summary>Whether the directory is currently enabled (omitted, hence false, when disabled).</summary>
    public bool DirectoryEnabled { get; init; }

    /// <summary>The user's external ID as reported by the directory, if any.</summary>
    public string? ExternalId { get; init; }
}
