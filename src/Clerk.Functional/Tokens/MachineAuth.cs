using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Resources;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>A verified machine token: what <c>verifyMachineAuthToken</c> returns as <c>data</c> with its <c>tokenType</c>.
/// A closed set: <see cref="M2M"/>, <see cref="Key"/>, <see cref="OAuth"/>.</summary>
public abstract record VerifiedMachineToken
{
    private VerifiedMachineToken() { }

    /// <summary>The token type (<see cref="TokenType"/>).</summary>
    public abstract string TokenType { get; }

    /// <summary>An M2M token.</summary>
    /// <param name="Token">The token.</param>
    public sealed record M2M(M2MToken Token) : VerifiedMachineToken
    {
        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.M2MToken;
    }

    /// <summary>An API key.</summary>
    /// <param name="Token">The key.</param>
    public sealed record Key(ApiKey Token) : VerifiedMachineToken
    {
        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.ApiKey;
    }

    /// <summary>An OAuth access token.</summary>
    /// <param name="Token">The token.</param>
    public sealed record OAuth(IdPOAuthAccessToken Token) : VerifiedMachineToken
    {
        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.OAuthToken;
    }
}

/// <summary>A machine token that was rejected, with the token type it was taken for (null when unknown).</summary>
/// <param name="Error">Why: <c>@clerk/backend</c>'s machine error code (<c>token-invalid</c>, <c>secret-key-invalid</c>,
/// <c>unexpected-error</c>, <c>token-verification-failed</c>), message and status.</param>
/// <param name="TokenType">The token type, when it could be told.</param>
public sealed record MachineTokenRejection(TokenVerificationError Error, string? TokenType);

/// <summary><c>verifyMachineAuthToken</c>: API keys, M2M tokens and OAuth access tokens, opaque (through the Backend API)
/// or JWT (locally).</summary>
public static class MachineAuth
{
    /// <summary>The Backend API calls and the local verification a machine token may need.</summary>
    /// <param name="VerifyApiKey">Calls <c>POST /api_keys/verify</c>.</param>
    /// <param name="VerifyM2MToken">Calls <c>POST /m2m_tokens/verify</c>.</param>
    /// <param name="VerifyOAuthToken">Calls <c>POST /oauth_applications/access_tokens/verify</c>.</param>
    /// <param name="Verifier">The token verifier (key cache, clock) for JWT forms.</param>
    /// <param name="Options">Key source and claim checks for JWT forms.</param>
    public sealed record Backend(
        Func<string, CancellationToken, Aff<Either<ClerkError, ApiKey>>> VerifyApiKey,
        Func<string, CancellationToken, Aff<Either<ClerkError, M2MToken>>> VerifyM2MToken,
        Func<string, CancellationToken, Aff<Either<ClerkError, IdPOAuthAccessToken>>> VerifyOAuthToken,
        TokenVerifier Verifier,
        VerifyTokenOptions Options)
    {
        /// <summary>Calls <c>POST /api_keys/verify</c>.</summary>
        public Func<string, CancellationToken, Aff<Either<ClerkError, ApiKey>>> VerifyApiKey { get; } = VerifyApiKey;

        /// <summary>Calls <c>POST /m2m_tokens/verify</c>.</summary>
        public Func<string, CancellationToken, Aff<Either<ClerkError, M2MToken>>> VerifyM2MToken { get; } = VerifyM2MToken;

        /// <summary>Calls <c>POST /oauth_applications/access_tokens/verify</c>.</summary>
        public Func<string, CancellationToken, Aff<Either<ClerkError, IdPOAuthAccessToken>>> VerifyOAuthToken { get; } = VerifyOAuthToken;
    }

    /// <summary>Verifies a machine token.</summary>
    /// <param name="token">The token.</param>
    /// <param name="backend">The calls and options.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels a request.</param>
    public static async Task<Either<MachineTokenRejection, VerifiedMachineToken>> Verify(
        string token, Backend backend, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (MachineTokens.IsJwtFormat(token))
        {
            var decoded = Jwt.Decode(token);
            if (decoded.Case is not DecodedJwt jwt)
                return Reject(new TokenVerificationError(TokenVerificationErrorReason.TokenInvalid, ((TokenVerificationError)decoded.Case!).Message), TokenType.M2MToken);
            if (jwt.Claim("sub")?.StartsWith(MachineTokens.M2MSubjectPrefix, StringComparison.Ordinal) == true)
                return (await MachineTokens.VerifyM2MJwt(token, backend.Verifier, backend.Options, now, cancellationToken).ConfigureAwait(false))
                    .Map(t => (VerifiedMachineToken)new VerifiedMachineToken.M2M(t)).MapLeft(e => new MachineTokenRejection(e, TokenType.M2MToken));
            if (jwt.HeaderString("typ") is { } typ && MachineTokens.OAuthAccessTokenTypes.Contains(typ))
                return (await MachineTokens.VerifyOAuthJwt(token, backend.Verifier, backend.Options, now, cancellationToken).ConfigureAwait(false))
                    .Map(t => (VerifiedMachineToken)new VerifiedMachineToken.OAuth(t)).MapLeft(e => new MachineTokenRejection(e, TokenType.OAuthToken));
            return Reject(new TokenVerificationError(TokenVerificationErrorReason.TokenVerificationFailed,
                $"Invalid JWT type: {jwt.HeaderString("typ") ?? "missing"}. Expected one of: {string.Join(", ", MachineTokens.OAuthAccessTokenTypes)} for OAuth, or sub starting with 'mch_' for M2M"),
                TokenType.OAuthToken);
        }
        return MachineTokens.MachineTokenType(token).Case switch
        {
            TokenType.M2MToken => await Remote(backend.VerifyM2MToken(token, cancellationToken), t => new VerifiedMachineToken.M2M(t), TokenType.M2MToken, "Machine token not found").ConfigureAwait(false),
            TokenType.OAuthToken => await Remote(backend.VerifyOAuthToken(token, cancellationToken), t => new VerifiedMachineToken.OAuth(t), TokenType.OAuthToken, "OAuth token not found").ConfigureAwait(false),
            TokenType.ApiKey => await Remote(backend.VerifyApiKey(token, cancellationToken), t => new VerifiedMachineToken.Key(t), TokenType.ApiKey, "API key not found").ConfigureAwait(false),
            _ => Reject(new TokenVerificationError(TokenVerificationErrorReason.TokenInvalid, "Unknown machine token type"), null),
        };
    }

    private static async Task<Either<MachineTokenRejection, VerifiedMachineToken>> Remote<T>(
        Aff<Either<ClerkError, T>> call, Func<T, VerifiedMachineToken> wrap, string tokenType, string notFound)
    {
        var result = (await call.Run().ConfigureAwait(false)).ThrowIfFail();
        return result.Map(wrap).MapLeft(error => new MachineTokenRejection(FromBackend(error, notFound), tokenType));
    }

    // handleClerkAPIError: 401 is an invalid secret key, 404 an unknown token, anything else unexpected.
    private static TokenVerificationError FromBackend(ClerkError error, string notFound) => error switch
    {
        ClerkError.Api { Status: 401 } api => new TokenVerificationError(TokenVerificationErrorReason.InvalidSecretKey,
            api.Errors.HeadOrNone().Map(e => e.Message).Filter(m => m.Length > 0).IfNone("Invalid secret key")) { Status = 401 },
        ClerkError.Api { Status: 404 } => new TokenVerificationError(TokenVerificationErrorReason.TokenInvalid, notFound) { Status = 404 },
        ClerkError.Api api => new TokenVerificationError(TokenVerificationErrorReason.UnexpectedError, "Unexpected error") { Status = api.Status },
        ClerkError.TokenVerification verification => verification.Error,
        _ => new TokenVerificationError(TokenVerificationErrorReason.UnexpectedError, "Unexpected error"),
    };

    private static Either<MachineTokenRejection, VerifiedMachineToken> Reject(TokenVerificationError error, string? tokenType) =>
        Left<MachineTokenRejection, VerifiedMachineToken>(new MachineTokenRejection(error, tokenType));
}
