using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.UpdateUser"/>. Only set members are sent; setting one to null clears it.</summary>
public sealed record UpdateUserParams
{
    /// <summary>An id from your own system.</summary>
    public Optional<string?> ExternalId { get; init; }

    /// <summary>The first name.</summary>
    public Optional<string?> FirstName { get; init; }

    /// <summary>The last name.</summary>
    public Optional<string?> LastName { get; init; }

    /// <summary>The locale (BCP-47).</summary>
    public Optional<string?> Locale { get; init; }

    /// <summary>The id of an existing, verified email address to make primary.</summary>
    public Optional<string?> PrimaryEmailAddressId { get; init; }

    /// <summary>Whether to notify the previous primary email address of the change.</summary>
    public Optional<bool> NotifyPrimaryEmailAddressChanged { get; init; }

    /// <summary>The id of an existing, verified phone number to make primary.</summary>
    public Optional<string?> PrimaryPhoneNumberId { get; init; }

    /// <summary>The id of an existing, verified Web3 wallet to make primary.</summary>
    [JsonPropertyName("primary_web3_wallet_id")]
    public Optional<string?> PrimaryWeb3WalletId { get; init; }

    /// <summary>The username.</summary>
    public Optional<string?> Username { get; init; }

    /// <summary>The id of an uploaded image to use as profile image.</summary>
    public Optional<string?> ProfileImageId { get; init; }

    /// <summary>A new plain-text password.</summary>
    public Optional<string?> Password { get; init; }

    /// <summary>A password digest to import, with <see cref="PasswordHasher"/>.</summary>
    public Optional<string?> PasswordDigest { get; init; }

    /// <summary>The algorithm of <see cref="PasswordDigest"/>.</summary>
    public Optional<string?> PasswordHasher { get; init; }

    /// <summary>Skips password strength and breach checks.</summary>
    public Optional<bool> SkipPasswordChecks { get; init; }

    /// <summary>Signs the user out of every other session when the password changes.</summary>
    public Optional<bool> SignOutOfOtherSessions { get; init; }

    /// <summary>A TOTP secret to import (base32).</summary>
    public Optional<string?> TotpSecret { get; init; }

    /// <summary>Backup codes to import.</summary>
    public Optional<IReadOnlyList<string>> BackupCodes { get; init; }

    /// <summary>Whether the user may delete themselves.</summary>
    public Optional<bool> DeleteSelfEnabled { get; init; }

    /// <summary>Whether the user may create organizations.</summary>
    public Optional<bool> CreateOrganizationEnabled { get; init; }

    /// <summary>When the user accepted the legal terms.</summary>
    public Optional<DateTimeOffset> LegalAcceptedAt { get; init; }

    /// <summary>Skips the legal-acceptance requirement.</summary>
    public Optional<bool> SkipLegalChecks { get; init; }

    /// <summary>How many organizations the user may create (0: unlimited).</summary>
    public Optional<int?> CreateOrganizationsLimit { get; init; }

    /// <summary>The creation time to record (for imports).</summary>
    public Optional<DateTimeOffset> CreatedAt { get; init; }

    /// <summary>Bypasses device-trust checks at sign-in.</summary>
    public Optional<bool> BypassClientTrust { get; init; }

    /// <summary>Deprecated form, kept for parity with <c>@clerk/backend</c>: when any metadata member is set, the metadata is
    /// <em>replaced</em> with <c>PUT /users/{user_id}/metadata</c> after the other members are sent. Prefer
    /// <see cref="UsersApi.UpdateUserMetadata"/> (merge) or <see cref="UsersApi.ReplaceUserMetadata"/>.</summary>
    [JsonIgnore]
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Deprecated form; see <see cref="PublicMetadata"/>.</summary>
    [JsonIgnore]
    public Optional<JsonElement?> PrivateMetadata { get; init; }

    /// <summary>Deprecated form; see <see cref="PublicMetadata"/>.</summary>
    [JsonIgnore]
    public Optional<JsonElement?> UnsafeMetadata { get; init; }

    /// <summary>Body members this SDK does not model, sent verbatim at the top level
    /// (fill it with a collection initializer: <c>AdditionalProperties = { ["timezone"] = ... }</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> AdditionalProperties { get; } = new();

    internal bool HasMetadata => PublicMetadata.IsSet || PrivateMetadata.IsSet || UnsafeMetadata.IsSet;

    internal UserMetadataParams Metadata => new()
    {
        PublicMetadata = PublicMetadata,
        PrivateMetadata = PrivateMetadata,
        UnsafeMetadata = UnsafeMetadata,
    };

    // Secrets stay out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Password), nameof(PasswordDigest), nameof(TotpSecret), nameof(BackupCodes));
}

public static partial class UsersRequests
{
    /// <summary><c>PATCH /users/{user_id}</c>; with deprecated metadata members, also <c>PUT /users/{user_id}/metadata</c>
    /// afterwards (the PATCH is left out when only metadata is set), returning the user from the last request.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<User>> UpdateUser(string userId, UpdateUserParams? parameters = null)
    {
        var p = parameters ?? new UpdateUserParams();
        return ClerkJson.Body(p, Ctx.UpdateUserParams).Bind(body =>
        {
            var patch = ApiCall.Of(HttpVerb.Patch, UserRoute(userId), Decode.Json(Ctx.User), body);
            if (!p.HasMetadata) return patch;
            var put = ReplaceUserMetadata(userId, p.Metadata);
            return body is RequestBody.Empty ? put : from first in patch from then in put select ApiCall.Then(first, then);
        });
    }
}

public sealed partial class UsersApi
{
    /// <summary><c>PATCH /users/{user_id}</c>: updates a user.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> UpdateUser(string userId, UpdateUserParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.UpdateUser(userId, parameters), cancellationToken);
}
