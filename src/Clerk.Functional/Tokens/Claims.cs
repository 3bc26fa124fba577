using System.Text.Json;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>The header and claim checks of <c>verifyJwt</c>, one function each, with its messages verbatim.</summary>
internal static class Claims
{
    private const double MaxJsDateMs = 8.64e15;

    public static Either<TokenVerificationError, Unit> HeaderType(JsonElement header, IReadOnlyList<string>? allowed)
    {
        var typ = Jwt.Member(header, "typ");
        if (typ is null && allowed is null) return unit;
        IReadOnlyList<string> expected = allowed ?? ["JWT"];
        return typ is { ValueKind: JsonValueKind.String } t && expected.Contains(t.GetString()!)
            ? unit
            : Fail(TokenVerificationErrorReason.TokenInvalid,
                $"Invalid JWT type {JsText.Stringify(typ)}. Expected \"{string.Join(", ", expected)}\".", TokenVerificationErrorAction.EnsureClerkJwt);
    }

    public static Either<TokenVerificationError, Unit> Algorithm(JsonElement header)
    {
        var alg = Jwt.Member(header, "alg");
        return alg is { ValueKind: JsonValueKind.String } a && Jwt.Algorithms.Contains(a.GetString()!)
            ? unit
            : Fail(TokenVerificationErrorReason.TokenInvalidAlgorithm,
                $"Invalid JWT algorithm {JsText.Stringify(alg)}. Supported: {string.Join(",", Jwt.Algorithms)}.", TokenVerificationErrorAction.EnsureClerkJwt);
    }

    public static Either<TokenVerificationError, Unit> Check(JsonElement payload, VerifyJwtOptions options, DateTimeOffset now)
    {
        var skew = options.ClockSkewInMs ?? Jwt.DefaultClockSkewInMs;
        var nowMs = now.ToUnixTimeMilliseconds();
        return from sub in Subject(Jwt.Member(payload, "sub"))
               from aud in Audience(Jwt.Member(payload, "aud"), options.Audience)
               from azp in AuthorizedParty(Jwt.Member(payload, "azp"), options.AuthorizedParties)
               from iss in Issuer(Jwt.Member(payload, "iss"), options.Issuer)
               from exp in Expiration(Jwt.Member(payload, "exp"), nowMs, skew)
               from nbf in NotBefore(Jwt.Member(payload, "nbf"), nowMs, skew)
               from iat in IssuedAt(Jwt.Member(payload, "iat"), nowMs, skew)
               select unit;
    }

    /// <summary><c>assertOAuthAudienceClaim</c>, for opaque and JWT OAuth access tokens alike: with an audience configured,
    /// the token must carry an <c>aud</c> that is a non-empty string or a non-empty array of non-empty strings, and one of
    /// them must be configured. Each failure has <c>@clerk/backend</c>'s message, word for word.</summary>
    public static Either<TokenVerificationError, Unit> OAuthAudience(JsonElement? aud, IReadOnlyList<string> audience)
    {
        var expected = audience.Where(a => !string.IsNullOrEmpty(a)).ToArray();
        if (expected.Length == 0) return unit;
        // [aud].flat() of a truthy aud: a string or number becomes a one-item list, an array stays as it is.
        var fromToken = aud is not { } claim || !JsText.IsTruthy(claim) ? null
            : claim.ValueKind == JsonValueKind.Array ? claim.EnumerateArray().ToArray()
            : [claim];
        if (fromToken is null || fromToken.Length == 0 ||
            fromToken.Any(a => a.ValueKind != JsonValueKind.String || a.GetString()!.Length == 0))
            return Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                $"Invalid OAuth audience claim (aud) {JsText.Stringify(aud)}. Expected a non-empty string or a non-empty array of non-empty strings.");
        return fromToken.Any(a => expected.Contains(a.GetString()!))
            ? unit
            : Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                $"OAuth audience mismatch. Verification expected audience {JsText.Stringify(expected)}, but incoming token has aud {JsText.Stringify(aud)}.");
    }

    private static Either<TokenVerificationError, Unit> Subject(JsonElement? sub) =>
        sub is { ValueKind: JsonValueKind.String }
            ? unit
            : Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                $"Subject claim (sub) is required and must be a string. Received {JsText.Stringify(sub)}.", TokenVerificationErrorAction.EnsureClerkJwt);

    // Checked when both the audience option and the aud claim are non-empty. Unlike @clerk/backend, an aud that is
    // neither a string nor an array of strings is refused then (JavaScript lets such a claim pass unchecked).
    private static Either<TokenVerificationError, Unit> Audience(JsonElement? aud, IReadOnlyList<string> audience)
    {
        var expected = audience.Where(a => a.Length > 0).ToArray();
        if (expected.Length == 0 || aud is not { } claim || !IsTruthyOrNonEmptyArray(claim)) return unit;
        var list = JsText.Stringify(expected);
        if (claim.ValueKind == JsonValueKind.String)
            return expected.Contains(claim.GetString()!)
                ? unit
                : Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                    $"Invalid JWT audience claim (aud) {JsText.Stringify(claim)}. Is not included in \"{list}\".", TokenVerificationErrorAction.EnsureClerkJwt);
        if (claim.ValueKind == JsonValueKind.Array && claim.GetArrayLength() > 0 && claim.EnumerateArray().All(a => a.ValueKind == JsonValueKind.String))
            return claim.EnumerateArray().Any(a => expected.Contains(a.GetString()!))
                ? unit
                : Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                    $"Invalid JWT audience claim array (aud) {JsText.Stringify(claim)}. Is not included in \"{list}\".", TokenVerificationErrorAction.EnsureClerkJwt);
        return Fail(TokenVerificationErrorReason.TokenVerificationFailed,
            $"Invalid JWT audience claim (aud) {JsText.Stringify(claim)}. Expected a string or an array of strings.", TokenVerificationErrorAction.EnsureClerkJwt);
    }

    private static Either<TokenVerificationError, Unit> AuthorizedParty(JsonElement? azp, IReadOnlyList<string> parties)
    {
        if (parties.Count == 0) return unit;
        return azp is { ValueKind: JsonValueKind.String } a && a.GetString() is { Length: > 0 } value && parties.Contains(value)
            ? unit
            : Fail(TokenVerificationErrorReason.TokenInvalidAuthorizedParties,
                $"Invalid JWT Authorized party claim (azp) {JsText.Stringify(azp)}. Expected \"{string.Join(",", parties)}\".");
    }

    private static Either<TokenVerificationError, Unit> Issuer(JsonElement? iss, string? issuer) =>
        issuer is null || (iss is { ValueKind: JsonValueKind.String } i && i.GetString() == issuer)
            ? unit
            : Fail(TokenVerificationErrorReason.TokenInvalidIssuer,
                $"Invalid JWT issuer claim (iss) {JsText.Stringify(iss)}. Expected \"{issuer}\".", TokenVerificationErrorAction.EnsureClerkJwt);

    private static Either<TokenVerificationError, Unit> Expiration(JsonElement? exp, long nowMs, long skew)
    {
        if (exp is not { ValueKind: JsonValueKind.Number } value)
            return Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                $"Invalid JWT expiry date claim (exp) {JsText.Stringify(exp)}. Expected number.", TokenVerificationErrorAction.EnsureClerkJwt);
        var ms = Milliseconds(value);
        return IsValidDate(ms) && ms <= (double)nowMs - skew
            ? Fail(TokenVerificationErrorReason.TokenExpired,
                $"JWT is expired. Expiry date: {JsText.UtcString(ms)}, Current date: {JsText.UtcString(nowMs)}.")
            : unit;
    }

    private static Either<TokenVerificationError, Unit> NotBefore(JsonElement? nbf, long nowMs, long skew) =>
        NotInTheFuture(nbf, nowMs, skew, "not before date claim (nbf)", TokenVerificationErrorReason.TokenNotActiveYet,
            (date, now) => $"JWT cannot be used prior to not before date claim (nbf). Not before date: {date}; Current date: {now};");

    private static Either<TokenVerificationError, Unit> IssuedAt(JsonElement? iat, long nowMs, long skew) =>
        NotInTheFuture(iat, nowMs, skew, "issued at date claim (iat)", TokenVerificationErrorReason.TokenIatInTheFuture,
            (date, now) => $"JWT issued at date claim (iat) is in the future. Issued at date: {date}; Current date: {now};");

    // nbf and iat: optional, a number when present, and not later than now plus the skew.
    private static Either<TokenVerificationError, Unit> NotInTheFuture(
        JsonElement? claim, long nowMs, long skew, string label, TokenVerificationErrorReason reason, Func<string, string, string> message)
    {
        if (claim is null) return unit;
        if (claim is not { ValueKind: JsonValueKind.Number } value)
            return Fail(TokenVerificationErrorReason.TokenVerificationFailed,
                $"Invalid JWT {label} {JsText.Stringify(claim)}. Expected number.", TokenVerificationErrorAction.EnsureClerkJwt);
        var ms = Milliseconds(value);
        return IsValidDate(ms) && ms > (double)nowMs + skew
            ? Fail(reason, message(JsText.UtcString(ms), JsText.UtcString(nowMs)))
            : unit;
    }

    // NumericDate seconds to milliseconds as JavaScript's Date.setUTCSeconds does: the fraction is truncated toward zero.
    private static double Milliseconds(JsonElement seconds) =>
        (seconds.TryGetDouble(out var value) ? Math.Truncate(value) : double.PositiveInfinity) * 1000;

    // Outside ±8.64e15 ms a JavaScript Date is invalid and every comparison with it is false.
    private static bool IsValidDate(double ms) => !double.IsNaN(ms) && Math.Abs(ms) <= MaxJsDateMs;

    private static bool IsTruthyOrNonEmptyArray(JsonElement claim) => claim.ValueKind switch
    {
        JsonValueKind.String => claim.GetString()!.Length > 0,
        JsonValueKind.Number => claim.TryGetDouble(out var d) && d != 0 && !double.IsNaN(d),
        JsonValueKind.True or JsonValueKind.Object => true,
        JsonValueKind.Array => claim.EnumerateArray().Any(IsTruthyOrNonEmptyArray),
        _ => false,
    };

    private static Either<TokenVerificationError, Unit> Fail(TokenVerificationErrorReason reason, string message, string? action = null) =>
        Left<TokenVerificationError, Unit>(new TokenVerificationError(reason, message, action));
}
