using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>The kinds of token <c>authenticateRequest</c> can accept.</summary>
public static class TokenType
{
    /// <summary>A session token (a JWT).</summary>
    public const string SessionToken = "session_token";
    /// <summary>An API key (<c>ak_…</c>).</summary>
    public const string ApiKey = "api_key";
    /// <summary>A machine-to-machine token (<c>mt_…</c>, or a JWT whose <c>sub</c> is a machine).</summary>
    public const string M2MToken = "m2m_token";
    /// <summary>An OAuth access token (<c>oat_…</c>, or a JWT with <c>typ: at+jwt</c>).</summary>
    public const string OAuthToken = "oauth_token";
}

/// <summary>
/// Machine tokens as <c>@clerk/backend</c> tells them apart: opaque tokens by prefix (<c>mt_</c>, <c>oat_</c>, <c>ak_</c>),
/// JWTs by content (a <c>sub</c> starting <c>mch_</c> is an M2M token; <c>typ</c> <c>at+jwt</c> is an OAuth access token),
/// and the local verification of the JWT forms.
/// </summary>
public static partial class MachineTokens
{
    /// <summary>Prefix of opaque M2M tokens.</summary>
    public const string M2MTokenPrefix = "mt_";
    /// <summary>Prefix of opaque OAuth access tokens.</summary>
    public const string OAuthTokenPrefix = "oat_";
    /// <summary>Prefix of API keys.</summary>
    public const string ApiKeyPrefix = "ak_";
    /// <summary>Prefix of machine ids (the <c>sub</c> of an M2M JWT).</summary>
    public const string M2MSubjectPrefix = "mch_";

    /// <summary>The <c>typ</c> values of OAuth access-token JWTs (RFC 9068).</summary>
    public static readonly IReadOnlyList<string> OAuthAccessTokenTypes = ["at+jwt", "application/at+jwt"];

    [GeneratedRegex("^[a-zA-Z0-9\\-_]+\\.[a-zA-Z0-9\\-_]+\\.[a-zA-Z0-9\\-_]+$")]
    private static partial Regex JwtShape();

    /// <summary>Three base64url segments separated by dots.</summary>
    /// <param name="token">The token.</param>
    public static bool IsJwtFormat(string? token) => token is not null && JwtShape().IsMatch(token);

    /// <summary>An opaque machine token, by prefix.</summary>
    /// <param name="token">The token.</param>
    public static bool IsMachineTokenByPrefix(string? token) =>
        token is not null && (token.StartsWith(M2MTokenPrefix, StringComparison.Ordinal) ||
                              token.StartsWith(OAuthTokenPrefix, StringComparison.Ordinal) ||
                              token.StartsWith(ApiKeyPrefix, StringComparison.Ordinal));

    /// <summary>A JWT with an OAuth access-token <c>typ</c>.</summary>
    /// <param name="token">The token.</param>
    public static bool IsOAuthJwt(string? token) =>
        IsJwtFormat(token) && Jwt.Decode(token).Exists(jwt => jwt.HeaderString("typ") is { } typ && OAuthAccessTokenTypes.Contains(typ));

    /// <summary>A JWT whose <c>sub</c> is a machine (<c>mch_…</c>).</summary>
    /// <param name="token">The token.</param>
    public static bool IsM2MJwt(string? token) =>
        IsJwtFormat(token) && Jwt.Decode(token).Exists(jwt => jwt.Claim("sub")?.StartsWith(M2MSubjectPrefix, StringComparison.Ordinal) == true);

    /// <summary>Any machine token: by prefix or a machine JWT.</summary>
    /// <param name="token">The token.</param>
    public static bool IsMachineToken(string? token) => IsMachineTokenByPrefix(token) || IsOAuthJwt(token) || IsM2MJwt(token);

    /// <summary>The token's type (<see cref="TokenType"/>), or none for a token that is not a machine token.</summary>
    /// <param name="token">The token.</param>
    public static Option<string> MachineTokenType(string? token) =>
        token is null ? None
        : token.StartsWith(M2MTokenPrefix, StringComparison.Ordinal) || IsM2MJwt(token) ? Some(TokenType.M2MToken)
        : token.StartsWith(OAuthTokenPrefix, StringComparison.Ordinal) || IsOAuthJwt(token) ? Some(TokenType.OAuthToken)
        : token.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) ? Some(TokenType.ApiKey)
        : None;

    /// <summary>Verifies an M2M JWT locally: the <c>cat</c> header (when present) must be the M2M category, then the key
    /// (<c>jwtKey</c> or the cached key set) and <see cref="Jwt.Verify(DecodedJwt, JwtKey, VerifyJwtOptions, DateTimeOffset)"/>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="verifier">The verifier (key cache, clock).</param>
    /// <param name="options">Key source and claim checks.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    public static async Task<Either<TokenVerificationError, M2MToken>> VerifyM2MJwt(
        string token, TokenVerifier verifier, VerifyTokenOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var decoded = Jwt.Decode(token);
        if (decoded.Case is not DecodedJwt jwt) return Failed<M2MToken>(TokenVerificationErrorReason.TokenInvalid, ((TokenVerificationError)decoded.Case!).Message);
        if (jwt.HeaderString("cat") is { } cat && cat != JwtCategory.M2MToken)
            return Failed<M2MToken>(TokenVerificationErrorReason.TokenInvalid, "Invalid M2M JWT category.");
        var verified = await VerifyMachineJwt(jwt, verifier, options, now, cancellationToken).ConfigureAwait(false);
        var skew = options.ClockSkewInMs ?? Jwt.DefaultClockSkewInMs;
        return verified.Map(payload => M2MTokenFromPayload(payload, now, skew));
    }

    /// <summary>Verifies an OAuth access-token JWT locally (header <c>typ</c> <c>at+jwt</c> or <c>application/at+jwt</c>).</summary>
    /// <param name="token">The token.</param>
    /// <param name="verifier">The verifier (key cache, clock).</param>
    /// <param name="options">Key source and claim checks.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    public static async Task<Either<TokenVerificationError, IdPOAuthAccessToken>> VerifyOAuthJwt(
        string token, TokenVerifier verifier, VerifyTokenOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var decoded = Jwt.Decode(token);
        if (decoded.Case is not DecodedJwt jwt) return Failed<IdPOAuthAccessToken>(TokenVerificationErrorReason.TokenInvalid, ((TokenVerificationError)decoded.Case!).Message);
        // The audience is checked after the signature and the other claims, with the OAuth message of @clerk/backend.
        var verified = await VerifyMachineJwt(jwt, verifier, options with { HeaderType = OAuthAccessTokenTypes, Audience = [] }, now, cancellationToken)
            .ConfigureAwait(false);
        var skew = options.ClockSkewInMs ?? Jwt.DefaultClockSkewInMs;
        return verified.Bind(payload => Claims.OAuthAudience(Jwt.Member(payload, "aud"), options.Audience).Map(_ => payload))
            .Map(payload => OAuthTokenFromPayload(payload, now, skew));
    }

    private static async Task<Either<TokenVerificationError, JsonElement>> VerifyMachineJwt(
        DecodedJwt jwt, TokenVerifier verifier, VerifyTokenOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrEmpty(options.JwtKey) && string.IsNullOrEmpty(options.SecretKey)
            ? Left<TokenVerificationError, JwtKey>(new TokenVerificationError(TokenVerificationErrorReason.TokenVerificationFailed,
                "Failed to resolve JWK during verification."))
            : await verifier.ResolveKey(jwt, options, cancellationToken).ConfigureAwait(false);
        return key.Bind(k => Jwt.Verify(jwt, k, options.JwtOptions, now))
            .MapLeft(e => e with { Reason = TokenVerificationErrorReason.TokenVerificationFailed });
    }

    /// <summary><c>M2MToken.fromJwtPayload</c>: id from <c>jti</c>, subject, scopes (the <c>scopes</c> claim split on spaces,
    /// else <c>aud</c>), the other claims, expiry from <c>exp</c> with the clock skew.</summary>
    /// <param name="payload">The verified claims.</param>
    /// <param name="now">The current time.</param>
    /// <param name="clockSkewInMs">The clock skew.</param>
    public static M2MToken M2MTokenFromPayload(JsonElement payload, DateTimeOffset now, long clockSkewInMs)
    {
        var exp = Seconds(payload, "exp");
        var iat = Seconds(payload, "iat") ?? 0;
        return new M2MToken
        {
            Id = Jwt.StringMember(payload, "jti") ?? "",
            Subject = Jwt.StringMember(payload, "sub") ?? "",
            Scopes = Jwt.StringMember(payload, "scopes") is { } scopes ? scopes.Split(' ') : Strings(Jwt.Member(payload, "aud")),
            Claims = OtherClaims(payload, "iss", "sub", "exp", "nbf", "iat", "jti"),
            Expired = exp is { } e && e * 1000 <= now.ToUnixTimeMilliseconds() - clockSkewInMs,
            Expiration = exp is { } x ? Instant(x) : null,
            CreatedAt = Instant(iat),
            UpdatedAt = Instant(iat),
        };
    }

    /// <summary><c>IdPOAuthAccessToken.fromJwtPayload</c>: id from <c>jti</c>, client id, subject, scopes (<c>scp</c>, else
    /// <c>scope</c> split on spaces), expiry from <c>exp</c>.</summary>
    /// <param name="payload">The verified claims.</param>
    /// <param name="now">The current time.</param>
    /// <param name="clockSkewInMs">The clock skew.</param>
    public static IdPOAuthAccessToken OAuthTokenFromPayload(JsonElement payload, DateTimeOffset now, long clockSkewInMs)
    {
        var exp = Seconds(payload, "exp");
        var iat = Seconds(payload, "iat") ?? 0;
        return new IdPOAuthAccessToken
        {
            Id = Jwt.StringMember(payload, "jti") ?? "",
            ClientId = Jwt.StringMember(payload, "client_id") ?? "",
            Type = TokenType.OAuthToken,
            Subject = Jwt.StringMember(payload, "sub") ?? "",
            Scopes = Jwt.Member(payload, "scp") is { ValueKind: JsonValueKind.Array } scp ? Strings(scp)
                : Jwt.StringMember(payload, "scope") is { } scope ? scope.Split(' ') : [],
            Expired = exp is { } e && e * 1000 <= now.ToUnixTimeMilliseconds() - clockSkewInMs,
            Expiration = exp is { } x ? Instant(x) : null,
            CreatedAt = Instant(iat),
            UpdatedAt = Instant(iat),
            Aud = Jwt.Member(payload, "aud"),
        };
    }

    // A claim's epoch seconds as a date, clamped to the dates .NET can hold (JavaScript's Date would be invalid beyond them).
    private static DateTimeOffset Instant(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, DateTimeOffset.MinValue.ToUnixTimeSeconds(), DateTimeOffset.MaxValue.ToUnixTimeSeconds()));

    private static long? Seconds(JsonElement payload, string name) =>
        Jwt.Member(payload, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetDouble(out var d) && Math.Abs(d) < 9e15 ? (long)Math.Truncate(d) : null;

    private static IReadOnlyList<string> Strings(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
        : value is { ValueKind: JsonValueKind.String } one ? [one.GetString()!]
        : [];

    private static JsonElement? OtherClaims(JsonElement payload, params string[] excluded)
    {
        if (payload.ValueKind != JsonValueKind.Object) return null;
        var others = payload.EnumerateObject().Where(p => !excluded.Contains(p.Name)).ToList();
        if (others.Count == 0) return null;
        var node = new System.Text.Json.Nodes.JsonObject();
        foreach (var p in others) node[p.Name] = System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText());
        return JsonSerializer.SerializeToElement(node, ClerkJsonContext.Default.JsonObject);
    }

    private static Either<TokenVerificationError, T> Failed<T>(TokenVerificationErrorReason reason, string message) =>
        Left<TokenVerificationError, T>(new TokenVerificationError(reason, message));
}
