using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.CreateUser"/>. Every member is optional; only set members are sent.</summary>
public sealed record CreateUserParams
{
    /// <summary>An id from your own system.</summary>
    public Optional<string?> ExternalId { get; init; }

    /// <summary>Email addresses; the first becomes primary.</summary>
    public Optional<IReadOnlyList<string>> EmailAddress { get; init; }

    /// <summary>Per email address (same order): <c>verified</c> or <c>reserved</c>.</summary>
    public Optional<IReadOnlyList<string>> EmailAddressIdentificationStatus { get; init; }

    /// <summary>Phone numbers in E.164; the first becomes primary.</summary>
    public Optional<IReadOnlyList<string>> PhoneNumber { get; init; }

    /// <summary>Per phone number (same order): <c>verified</c> or <c>reserved</c>.</summary>
    public Optional<IReadOnlyList<string>> PhoneNumberIdentificationStatus { get; init; }

    /// <summary>Web3 wallet addresses; the first becomes primary.</summary>
    [JsonPropertyName("web3_wallet")]
    public Optional<IReadOnlyList<string>> Web3Wallet { get; init; }

    /// <summary>The username.</summary>
    public Optional<string?> Username { get; init; }

    /// <summary>The plain-text password.</summary>
    public Optional<string?> Password { get; init; }

    /// <summary>A password digest to import, with <see cref="PasswordHasher"/>.</summary>
    public Optional<string?> PasswordDigest { get; init; }

    /// <summary>The algorithm of <see cref="PasswordDigest"/>, e.g. <c>bcrypt</c>, <c>argon2id</c>.</summary>
    public Optional<string?> PasswordHasher { get; init; }

    /// <summary>The first name.</summary>
    public Optional<string?> FirstName { get; init; }

    /// <summary>The last name.</summary>
    public Optional<string?> LastName { get; init; }

    /// <summary>The locale (BCP-47).</summary>
    public Optional<string?> Locale { get; init; }

    /// <summary>Skips password strength and breach checks.</summary>
    public Optional<bool> SkipPasswordChecks { get; init; }

    /// <summary>Creates the user without a password even when the instance requires one.</summary>
    public Optional<bool> SkipPasswordRequirement { get; init; }

    /// <summary>Skips the legal-acceptance requirement.</summary>
    public Optional<bool> SkipLegalChecks { get; init; }

    /// <summary>Skips the user requirement checks of the instance.</summary>
    public Optional<bool> SkipUserRequirement { get; init; }

    /// <summary>When the user accepted the legal terms.</summary>
    public Optional<DateTimeOffset> LegalAcceptedAt { get; init; }

    /// <summary>A TOTP secret to import (base32).</summary>
    public Optional<string?> TotpSecret { get; init; }

    /// <summary>Backup codes to import.</summary>
    public Optional<IReadOnlyList<string>> BackupCodes { get; init; }

    /// <summary>Public metadata (readable from the frontend), sent verbatim.</summary>
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Private metadata (backend only), sent verbatim.</summary>
    public Optional<JsonElement?> PrivateMetadata { get; init; }

    /// <summary>Unsafe metadata (writable from the frontend), sent verbatim.</summary>
    public Optional<JsonElement?> UnsafeMetadata { get; init; }

    /// <summary>Whether the user may delete themselves.</summary>
    public Optional<bool> DeleteSelfEnabled { get; init; }

    /// <summary>Whether the user may create organizations.</summary>
    public Optional<bool> CreateOrganizationEnabled { get; init; }

    /// <summary>How many organizations the user may create (0: unlimited).</summary>
    public Optional<int?> CreateOrganizationsLimit { get; init; }

    /// <summary>The creation time to record (for imports).</summary>
    public Optional<DateTimeOffset> CreatedAt { get; init; }

    /// <summary>Bypasses device-trust checks at sign-in.</summary>
    public Optional<bool> BypassClientTrust { get; init; }

    /// <summary>Creates the user banned.</summary>
    public Optional<bool> Banned { get; init; }

    /// <summary>Creates the user locked.</summary>
    public Optional<bool> Locked { get; init; }

    /// <summary>Body members this SDK does not model, sent verbatim at the top level
    /// (fill it with a collection initializer: <c>AdditionalProperties = { ["timezone"] = ... }</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> AdditionalProperties { get; } = new();

    // Secrets stay out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Password), nameof(PasswordDigest), nameof(TotpSecret), nameof(BackupCodes));
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users</c>.</summary>
    /// <param name="parameters">The new user.</param>
    public static Either<ClerkError, ApiCall<User>> CreateUser(CreateUserParams parameters) =>
        ApiCall.Of(HttpVerb.Post, Users, Decode.Json(Ctx.User), ClerkJson.Body(parameters, Ctx.CreateUserParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users</c>: creates a user.</summary>
    /// <param name="parameters">The new user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> CreateUser(CreateUserParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.CreateUser(parameters), cancellationToken);
}
