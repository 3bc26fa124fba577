using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>
/// The verification state of an identification (email address, phone number, Web3 wallet, passkey, external,
/// SAML or enterprise account). Clerk sends one of several <c>verification_*</c> shapes, told apart by
/// <see cref="Object"/>; this record holds the union of their fields.
/// </summary>
public sealed record Verification
{
    /// <summary>The variant: <c>verification_otp</c>, <c>verification_admin</c>, <c>verification_from_oauth</c>, <c>verification_ticket</c>, <c>verification_saml</c>, <c>verification_email_link</c>, <c>verification_scim</c>, <c>verification_web3</c>, <c>verification_passkey</c>, <c>verification_oauth</c>, <c>verification_google_one_tap</c>; often absent.</summary>
    public string? Object { get; init; }

    /// <summary>The verification status.</summary>
    public VerificationStatus Status { get; init; }

    /// <summary>The verification strategy, e.g. <c>email_code</c> or <c>oauth_google</c>.</summary>
    public VerificationStrategy Strategy { get; init; }

    /// <summary>The number of attempts made, when tracked.</summary>
    public long? Attempts { get; init; }

    /// <summary>Unix timestamp (milliseconds) when the verification expires.</summary>
    public long? ExpireAt { get; init; }

    /// <summary>The URL to send the user to for an external (OAuth or SAML) verification.</summary>
    public string? ExternalVerificationRedirectUrl { get; init; }

    /// <summary>The delivery channel of the code (phone codes only).</summary>
    public string? Channel { get; init; }

    /// <summary>The nonce to sign (Web3 and passkey verifications).</summary>
    public string? Nonce { get; init; }

    /// <summary>The message to sign (Web3 and passkey verifications).</summary>
    public string? Message { get; init; }

    /// <summary>The client that completed the verification, when known.</summary>
    public string? VerifiedAtClient { get; init; }

    /// <summary>The error that made the verification fail (a Clerk error object: <c>message</c>, <c>long_message</c>, <c>code</c>, <c>meta</c>).</summary>
    public JsonElement? Error { get; init; }
}
