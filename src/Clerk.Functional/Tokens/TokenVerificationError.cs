using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Tokens;

/// <summary>Why a token was rejected: the reason strings of <c>@clerk/backend</c>, verbatim, as an open enumeration.</summary>
/// <param name="Value">The reason, e.g. <c>token-expired</c>.</param>
[JsonConverter(typeof(OpenEnumConverter<TokenVerificationErrorReason>))]
public readonly record struct TokenVerificationErrorReason(string Value) : IOpenEnum<TokenVerificationErrorReason>
{
    /// <summary><c>token-expired</c></summary>
    public static readonly TokenVerificationErrorReason TokenExpired = new("token-expired");
    /// <summary><c>token-invalid</c></summary>
    public static readonly TokenVerificationErrorReason TokenInvalid = new("token-invalid");
    /// <summary><c>token-invalid-algorithm</c></summary>
    public static readonly TokenVerificationErrorReason TokenInvalidAlgorithm = new("token-invalid-algorithm");
    /// <summary><c>token-invalid-authorized-parties</c></summary>
    public static readonly TokenVerificationErrorReason TokenInvalidAuthorizedParties = new("token-invalid-authorized-parties");
    /// <summary><c>token-invalid-issuer</c></summary>
    public static readonly TokenVerificationErrorReason TokenInvalidIssuer = new("token-invalid-issuer");
    /// <summary><c>token-invalid-signature</c></summary>
    public static readonly TokenVerificationErrorReason TokenInvalidSignature = new("token-invalid-signature");
    /// <summary><c>token-not-active-yet</c></summary>
    public static readonly TokenVerificationErrorReason TokenNotActiveYet = new("token-not-active-yet");
    /// <summary><c>token-iat-in-the-future</c></summary>
    public static readonly TokenVerificationErrorReason TokenIatInTheFuture = new("token-iat-in-the-future");
    /// <summary><c>token-verification-failed</c></summary>
    public static readonly TokenVerificationErrorReason TokenVerificationFailed = new("token-verification-failed");
    /// <summary><c>secret-key-invalid</c></summary>
    public static readonly TokenVerificationErrorReason InvalidSecretKey = new("secret-key-invalid");
    /// <summary><c>jwk-local-missing</c></summary>
    public static readonly TokenVerificationErrorReason LocalJwkMissing = new("jwk-local-missing");
    /// <summary><c>jwk-remote-failed-to-load</c></summary>
    public static readonly TokenVerificationErrorReason RemoteJwkFailedToLoad = new("jwk-remote-failed-to-load");
    /// <summary><c>jwk-remote-invalid</c></summary>
    public static readonly TokenVerificationErrorReason RemoteJwkInvalid = new("jwk-remote-invalid");
    /// <summary><c>jwk-remote-missing</c></summary>
    public static readonly TokenVerificationErrorReason RemoteJwkMissing = new("jwk-remote-missing");
    /// <summary><c>jwk-failed-to-resolve</c></summary>
    public static readonly TokenVerificationErrorReason JwkFailedToResolve = new("jwk-failed-to-resolve");
    /// <summary><c>jwk-kid-mismatch</c></summary>
    public static readonly TokenVerificationErrorReason JwkKidMismatch = new("jwk-kid-mismatch");
    /// <summary><c>unexpected-error</c> (machine tokens: the Backend API answered with an unexpected error).</summary>
    public static readonly TokenVerificationErrorReason UnexpectedError = new("unexpected-error");

    /// <inheritdoc />
    public static TokenVerificationErrorReason From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The remedies <c>@clerk/backend</c> suggests with an error, verbatim.</summary>
public static class TokenVerificationErrorAction
{
    /// <summary>Contact support.</summary>
    public const string ContactSupport = "Contact support@clerk.com";
    /// <summary>Check that the token is a Clerk JWT.</summary>
    public const string EnsureClerkJwt = "Make sure that this is a valid Clerk-generated JWT.";
    /// <summary>Configure the PEM public key.</summary>
    public const string SetClerkJwtKey = "Set the CLERK_JWT_KEY environment variable.";
    /// <summary>Configure the secret key.</summary>
    public const string SetClerkSecretKey = "Set the CLERK_SECRET_KEY environment variable.";
    /// <summary>Check the keys in the dashboard.</summary>
    public const string CheckKeys = "Go to your Dashboard and validate your secret and public keys are correct. Contact support@clerk.com if the issue persists.";
}

/// <summary>A token was not accepted: the reason, a message and, sometimes, a suggested action. Never holds a key.</summary>
/// <param name="Reason">Why, as <c>@clerk/backend</c> names it.</param>
/// <param name="Message">What was wrong, in <c>@clerk/backend</c>'s words.</param>
/// <param name="Action">What to do about it, when there is a suggestion.</param>
public sealed record TokenVerificationError(TokenVerificationErrorReason Reason, string Message, string? Action = null)
{
    /// <summary>The HTTP status of the Backend API answer behind the error (machine-token verification), when there was one.</summary>
    public int? Status { get; init; }

    /// <summary>True when the Backend API could not be reached (connection failure or time-out) to load keys. The message
    /// then quotes the transport's own text, which <c>authenticateRequest</c> never sends in <c>x-clerk-auth-message</c>.</summary>
    public bool BackendUnreachable { get; init; }

    /// <summary>Message, action and reason in one line, like <c>getFullMessage()</c>.</summary>
    public string FullMessage =>
        string.Join(" ", new[] { Message, Action ?? "" }.Where(s => s.Length > 0)) + $" (reason={Reason})";

    /// <inheritdoc />
    public override string ToString() => $"TokenVerificationError: {FullMessage}";
}
