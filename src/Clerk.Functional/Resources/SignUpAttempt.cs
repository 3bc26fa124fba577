using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A sign-up in progress or finished (<c>sign_up_attempt</c>).</summary>
public sealed record SignUpAttempt
{
    /// <summary>The object type: <c>sign_up_attempt</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The sign-up's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>Where it stands: <c>missing_requirements</c>, <c>complete</c>, <c>abandoned</c>, or a newer value.</summary>
    [JsonInclude]
    public SignUpStatus? Status { get; internal set; }

    /// <summary>The fields the instance requires.</summary>
    [JsonInclude]
    public IReadOnlyList<string> RequiredFields { get => field ?? []; internal set; }

    /// <summary>The fields the instance accepts but does not require.</summary>
    [JsonInclude]
    public IReadOnlyList<string> OptionalFields { get => field ?? []; internal set; }

    /// <summary>The required fields still missing.</summary>
    [JsonInclude]
    public IReadOnlyList<string> MissingFields { get => field ?? []; internal set; }

    /// <summary>The fields given but not verified yet.</summary>
    [JsonInclude]
    public IReadOnlyList<string> UnverifiedFields { get => field ?? []; internal set; }

    /// <summary>The verification state of each identifier, or null.</summary>
    [JsonInclude]
    public SignUpVerifications? Verifications { get; internal set; }

    /// <summary>The username given, or null.</summary>
    [JsonInclude]
    public string? Username { get; internal set; }

    /// <summary>The email address given, or null.</summary>
    [JsonInclude]
    public string? EmailAddress { get; internal set; }

    /// <summary>The phone number given, or null.</summary>
    [JsonInclude]
    public string? PhoneNumber { get; internal set; }

    /// <summary>The Web3 wallet given, or null.</summary>
    [JsonInclude]
    public string? Web3Wallet { get; internal set; }

    /// <summary>Whether a password was set.</summary>
    [JsonInclude]
    public bool PasswordEnabled { get; internal set; }

    /// <summary>The first name given, or null.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The last name given, or null.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>Metadata the client may write (free-form JSON; an empty object when absent).</summary>
    [JsonInclude]
    public JsonElement UnsafeMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Metadata copied to the user (free-form JSON; an empty object when absent).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Whether the sign-up is marked as a custom action.</summary>
    [JsonInclude]
    public bool CustomAction { get; internal set; }

    /// <summary>The guest's ID in your own systems, copied to the user on completion, or null.</summary>
    [JsonInclude]
    public string? ExternalId { get; internal set; }

    /// <summary>The session created on completion, or null.</summary>
    [JsonInclude]
    public string? CreatedSessionId { get; internal set; }

    /// <summary>The user created on completion, or null.</summary>
    [JsonInclude]
    public string? CreatedUserId { get; internal set; }

    /// <summary>When the sign-up is (or was) abandoned, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? AbandonAt { get; internal set; }

    /// <summary>When the legal requirements were accepted, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LegalAcceptedAt { get; internal set; }

    /// <summary>The user's locale (BCP-47), or null.</summary>
    [JsonInclude]
    public string? Locale { get; internal set; }

    /// <summary>The external account (deprecated in the specification; free-form JSON), or null.</summary>
    [JsonInclude]
    public JsonElement? ExternalAccount { get; internal set; }
}

/// <summary>The status of a sign-up: <c>missing_requirements</c>, <c>complete</c>, <c>abandoned</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<SignUpStatus>))]
public readonly record struct SignUpStatus(string Value) : IOpenEnum<SignUpStatus>
{
    /// <summary><c>missing_requirements</c></summary>
    public static readonly SignUpStatus MissingRequirements = new("missing_requirements");
    /// <summary><c>complete</c></summary>
    public static readonly SignUpStatus Complete = new("complete");
    /// <summary><c>abandoned</c></summary>
    public static readonly SignUpStatus Abandoned = new("abandoned");

    /// <inheritdoc />
    public static SignUpStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The verification state of each identifier of a <see cref="SignUpAttempt"/>.</summary>
public sealed record SignUpVerifications
{
    /// <summary>The email address's verification, or null.</summary>
    [JsonInclude]
    public SignUpVerification? EmailAddress { get; internal set; }

    /// <summary>The phone number's verification, or null.</summary>
    [JsonInclude]
    public SignUpVerification? PhoneNumber { get; internal set; }

    /// <summary>The Web3 wallet's verification, or null.</summary>
    [JsonInclude]
    public SignUpVerification? Web3Wallet { get; internal set; }

    /// <summary>The external account's verification (free-form JSON), or null.</summary>
    [JsonInclude]
    public JsonElement? ExternalAccount { get; internal set; }
}

/// <summary>How one identifier of a sign-up gets verified.</summary>
public sealed record SignUpVerification
{
    /// <summary>What the client does next: <c>needs_prepare</c>, <c>needs_attempt</c>, or empty.</summary>
    [JsonInclude]
    public string NextAction { get => field ?? ""; internal set; }

    /// <summary>The strategies that can verify it, e.g. <c>email_code</c>.</summary>
    [JsonInclude]
    public IReadOnlyList<string> SupportedStrategies { get => field ?? []; internal set; }
}
