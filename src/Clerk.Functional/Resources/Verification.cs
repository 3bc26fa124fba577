using System.Text.Json;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>
/// The verification state of an identification (email address, phone number, Web3 wallet, passkey, external,
/// SAML or enterprise account). Clerk sends one of several <c>verification_*</c> shapes, told apart by
/// <see cref="Object"/>; this record holds the union of their fields.
/// </summary>
public sealed record Verification
{
    /// <summary>The variant: <c>verification_otp</c>, <c>verification_admin</c>, <c>verification_from_oauth</c>, <c>verification_ticket</c>, <c>verification_saml</c>, <c>verification_email_link</c>, <c>verification_scim</c>, <c>verification_web3</c>, <c>verification_passkey</c>, <c>verification_oauth</c>, <c>verification_google_one_tap</c>; often absent.</summary>
    [JsonInclude]
    public string? Object { get; internal set; }

    /// <summary>The verification status.</summary>
    [JsonInclude]
    public VerificationStatus Status { get; internal set; }

    /// <summary>The verification strategy, e.g. <c>email_code</c> or <c>oauth_google</c>.</summary>
    [JsonInclude]
    public VerificationStrategy Strategy { get; internal set; }

    /// <summary>The number of attempts made, when tracked.</summary>
    [JsonInclude]
    public long? Attempts { get; internal set; }

    /// <summary>Unix timestamp when the verification expires.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ExpireAt { get; internal set; }

    /// <summary>The URL to send the user to for an external (OAuth or SAML) verification.</summary>
    [JsonInclude]
    public string? ExternalVerificationRedirectUrl { get; internal set; }

    /// <summary>The delivery channel of the code (phone codes only).</summary>
    [JsonInclude]
    public string? Channel { get; internal set; }

    /// <summary>The nonce to sign (Web3 and passkey verifications).</summary>
    [JsonInclude]
    public string? Nonce { get; internal set; }

    /// <summary>The message to sign (Web3 and passkey verifications).</summary>
    [JsonInclude]
    public string? Message { get; internal set; }

    /// <summary>The client that completed the verification, when known.</summary>
    [JsonInclude]
    public string? VerifiedAtClient { get; internal set; }

    /// <summary>The error that made the verification fail (a Clerk error object: <c>message</c>, <c>long_message</c>, <c>code</c>, <c>meta</c>).</summary>
    [JsonInclude]
    public JsonElement? Error { get; internal set; }
}
