using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Tokens;
using LanguageExt;

namespace Clerk.CSharp;

/// <summary>A token was rejected. <see cref="Reason"/> is <c>@clerk/backend</c>'s reason (<c>token-expired</c>, ...).</summary>
public sealed class TokenVerificationException : ClerkException
{
    /// <summary>Wraps the core error.</summary>
    /// <param name="error">The error.</param>
    public TokenVerificationException(TokenVerificationError error)
        : this(new Clerk.Functional.Errors.ClerkError.TokenVerification(error))
    {
    }

    /// <summary>Wraps the core error case.</summary>
    /// <param name="error">The error.</param>
    public TokenVerificationException(Clerk.Functional.Errors.ClerkError.TokenVerification error)
        : base(error) => Verification = error.Error;

    /// <summary>The verification error.</summary>
    public TokenVerificationError Verification { get; }

    /// <summary>Why the token was rejected: <c>@clerk/backend</c>'s reason or machine error code.</summary>
    public string Reason => Verification.Reason.Value;

    /// <summary>What to do about it, when there is a suggestion.</summary>
    public string? Action => Verification.Action;

    /// <summary>The status of the Backend API answer behind it, when there was one.</summary>
    public int? Status => Verification.Status;

    /// <inheritdoc />
    public override string ToString() => $"{nameof(TokenVerificationException)}: {Verification.FullMessage}";
}

/// <summary>A token could not be signed.</summary>
public sealed class SignJwtException : ClerkException
{
    /// <summary>Wraps the core error (as <see cref="Clerk.Functional.Errors.ClerkError.InvalidArgument"/> in <see cref="ClerkException.Error"/>).</summary>
    /// <param name="error">The error.</param>
    public SignJwtException(SignJwtError error)
        : base(new Clerk.Functional.Errors.ClerkError.InvalidArgument((error ?? throw new ArgumentNullException(nameof(error))).Message)) => Signing = error;

    /// <summary>The core error.</summary>
    public SignJwtError Signing { get; }
}

/// <summary>
/// The token utilities of <c>@clerk/backend</c> for conventional C#: each returns the value or throws
/// <see cref="TokenVerificationException"/> (or <see cref="SignJwtException"/>).
/// </summary>
public static class ClerkTokens
{
    /// <inheritdoc cref="TokenVerifier.VerifyToken"/>
    /// <exception cref="TokenVerificationException">The token was rejected.</exception>
    public static Task<JsonElement> VerifyTokenAsync(string? token, VerifyTokenOptions options, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(TokenVerifier.Default.VerifyToken(token, options, cancellationToken), error => new TokenVerificationException(error));

    /// <inheritdoc cref="Jwt.Decode"/>
    /// <exception cref="TokenVerificationException">The token is malformed.</exception>
    public static DecodedJwt DecodeJwt(string? token) => Unwrap(Jwt.Decode(token));

    /// <inheritdoc cref="Jwt.Verify(string?, JwtKey, VerifyJwtOptions, DateTimeOffset)"/>
    /// <exception cref="TokenVerificationException">The token was rejected.</exception>
    public static JsonElement VerifyJwt(string? token, JwtKey key, VerifyJwtOptions options, DateTimeOffset? now = null) =>
        Unwrap(Jwt.Verify(token, key, options, now ?? DateTimeOffset.UtcNow));

    /// <inheritdoc cref="Jwt.HasValidSignature"/>
    /// <exception cref="TokenVerificationException">The key cannot check this token's algorithm.</exception>
    public static bool HasValidSignature(DecodedJwt jwt, JwtKey key) => Unwrap(Jwt.HasValidSignature(jwt, key));

    /// <inheritdoc cref="Jwt.Sign"/>
    /// <exception cref="SignJwtException">The key or payload cannot be used.</exception>
    public static string SignJwt(JsonElement payload, string privateKey, string algorithm, JsonElement? header = null, DateTimeOffset? now = null) =>
        Jwt.Sign(payload, privateKey, algorithm, now ?? DateTimeOffset.UtcNow, header)
            .Match(Right: token => token, Left: error => throw new SignJwtException(error));

    /// <summary>Parses a PEM public key for <see cref="VerifyJwt"/>.</summary>
    /// <param name="pem">The PEM.</param>
    /// <exception cref="TokenVerificationException">It is not an RSA public key.</exception>
    public static JwtKey PublicKeyFromPem(string pem) => Unwrap(JwtKey.FromPem(pem));

    private static T Unwrap<T>(Either<TokenVerificationError, T> result) =>
        result.Match(Right: value => value, Left: error => throw new TokenVerificationException(error));
}
