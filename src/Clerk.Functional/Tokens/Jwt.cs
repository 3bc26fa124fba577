using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>A JWT split and decoded, not verified.</summary>
/// <param name="Header">The header (a JSON object for any well-formed token).</param>
/// <param name="Payload">The payload (the claims).</param>
/// <param name="Signature">The signature bytes.</param>
/// <param name="RawHeader">The header segment as sent.</param>
/// <param name="RawPayload">The payload segment as sent.</param>
/// <param name="RawSignature">The signature segment as sent.</param>
public sealed record DecodedJwt(JsonElement Header, JsonElement Payload, byte[] Signature, string RawHeader, string RawPayload, string RawSignature)
{
    /// <summary>A string member of the header, when it is a string.</summary>
    /// <param name="name">The member name.</param>
    public string? HeaderString(string name) => Jwt.StringMember(Header, name);

    /// <summary>A string claim, when it is a string.</summary>
    /// <param name="name">The claim name.</param>
    public string? Claim(string name) => Jwt.StringMember(Payload, name);

    /// <summary>Never shows the signature bytes.</summary>
    public override string ToString() => $"DecodedJwt {{ Header = {RawHeader}, Payload = {RawPayload} }}";
}

/// <summary>Options of <c>Jwt.Verify</c>: the checks <c>verifyJwt</c> makes after the signature.</summary>
public sealed record VerifyJwtOptions
{
    /// <summary>When not empty, a token with an <c>aud</c> claim must name one of these.</summary>
    public IReadOnlyList<string> Audience { get => field ?? []; init; } = [];

    /// <summary>When not empty, the token's <c>azp</c> must be one of these (exact match).</summary>
    public IReadOnlyList<string> AuthorizedParties { get => field ?? []; init; } = [];

    /// <summary>Allowed clock difference in milliseconds (default 5,000) for <c>exp</c>, <c>nbf</c> and <c>iat</c>.</summary>
    public long? ClockSkewInMs { get; init; }

    /// <summary>Accepted header <c>typ</c> values; when null, <c>JWT</c> (or no <c>typ</c> at all).</summary>
    public IReadOnlyList<string>? HeaderType { get; init; }

    /// <summary>When set, the token's <c>iss</c> must equal it.</summary>
    public string? Issuer { get; init; }
}

/// <summary>JWT decoding, verification and signing with <c>@clerk/backend</c>'s rules, reasons and messages.
/// Only RS256, RS384 and RS512 are accepted: <c>none</c>, HMAC, ECDSA and PSS are rejected before any key is used.</summary>
public static class Jwt
{
    /// <summary>The accepted algorithms.</summary>
    public static readonly IReadOnlyList<string> Algorithms = ["RS256", "RS384", "RS512"];

    /// <summary>The default clock skew, 5 s.</summary>
    public const long DefaultClockSkewInMs = 5000;

    /// <summary>Splits and decodes a token without verifying it.</summary>
    /// <param name="token">The token.</param>
    public static Either<TokenVerificationError, DecodedJwt> Decode(string? token)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3)
            return Invalid("Invalid JWT form. A JWT consists of three parts separated by dots.");
        if (!Base64Url.TryDecode(parts[0], out var header) || !Base64Url.TryDecode(parts[1], out var payload) ||
            !Base64Url.TryDecode(parts[2], out var signature) ||
            ParseJson(header) is not { } headerJson || ParseJson(payload) is not { } payloadJson)
            return Invalid("Invalid JWT form. The header, payload, or signature could not be decoded.");
        return new DecodedJwt(headerJson, payloadJson, signature, parts[0], parts[1], parts[2]);
    }

    /// <summary>Checks the signature with <paramref name="key"/>: true, false, or an error when the key cannot be used
    /// for the token's algorithm.</summary>
    /// <param name="jwt">The decoded token.</param>
    /// <param name="key">The public key.</param>
    public static Either<TokenVerificationError, bool> HasValidSignature(DecodedJwt jwt, JwtKey key)
    {
        if (jwt is null || key is null)
            return Left<TokenVerificationError, bool>(new(TokenVerificationErrorReason.TokenInvalidSignature, "A token and a key are required."));
        var alg = jwt.HeaderString("alg");
        if (HashOf(alg) is not { } hash)
            return Left<TokenVerificationError, bool>(new(TokenVerificationErrorReason.TokenInvalidSignature,
                $"Unsupported algorithm {alg}, expected one of {string.Join(",", Algorithms)}."));
        if (key.ProblemFor(alg!) is { } problem)
            return Left<TokenVerificationError, bool>(new(TokenVerificationErrorReason.TokenInvalidSignature, "Error: " + problem));
        if (key.Rsa is not { } rsa) return false;
        try
        {
            var data = Encoding.ASCII.GetBytes(jwt.RawHeader + "." + jwt.RawPayload);
            return rsa.VerifyData(data, jwt.Signature, hash, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException e)
        {
            return Left<TokenVerificationError, bool>(new(TokenVerificationErrorReason.TokenInvalidSignature, "Error: " + e.Message));
        }
    }

    /// <summary>
    /// Verifies a token like <c>verifyJwt</c>: decoding, header <c>typ</c>, algorithm, signature (before any claim),
    /// then <c>sub</c>, <c>aud</c>, <c>azp</c>, <c>iss</c>, <c>exp</c>, <c>nbf</c>, <c>iat</c>. Returns the payload.
    /// </summary>
    /// <param name="token">The token.</param>
    /// <param name="key">The public key.</param>
    /// <param name="options">The claim checks.</param>
    /// <param name="now">The current time.</param>
    public static Either<TokenVerificationError, JsonElement> Verify(string? token, JwtKey key, VerifyJwtOptions options, DateTimeOffset now) =>
        Decode(token).Bind(jwt => Verify(jwt, key, options, now));

    /// <summary>Verifies a decoded token (see <see cref="Verify(string?, JwtKey, VerifyJwtOptions, DateTimeOffset)"/>).</summary>
    /// <param name="jwt">The decoded token.</param>
    /// <param name="key">The public key.</param>
    /// <param name="options">The claim checks.</param>
    /// <param name="now">The current time.</param>
    public static Either<TokenVerificationError, JsonElement> Verify(DecodedJwt jwt, JwtKey key, VerifyJwtOptions options, DateTimeOffset now) =>
        jwt is null || key is null || options is null
            ? Left<TokenVerificationError, JsonElement>(new TokenVerificationError(TokenVerificationErrorReason.TokenVerificationFailed,
                "A token, a key and options are required.", TokenVerificationErrorAction.EnsureClerkJwt))
            : VerifyChecked(jwt, key, options, now);

    private static Either<TokenVerificationError, JsonElement> VerifyChecked(DecodedJwt jwt, JwtKey key, VerifyJwtOptions options, DateTimeOffset now) =>
        from header in Claims.HeaderType(jwt.Header, options.HeaderType).Bind(_ => Claims.Algorithm(jwt.Header))
        from signature in Signature(jwt, key)
        from claims in Claims.Check(jwt.Payload, options, now)
        select jwt.Payload;

    /// <summary>Signs <paramref name="payload"/> like <c>signJwt</c>: the header is <paramref name="header"/> (or
    /// <c>{"typ":"JWT"}</c>) with <c>alg</c> set, and <c>iat</c> is set to <paramref name="now"/> in seconds.</summary>
    /// <param name="payload">The claims, a JSON object.</param>
    /// <param name="privateKey">A PKCS#8 (or PKCS#1) PEM private key, or a private JWK as JSON text.</param>
    /// <param name="algorithm">RS256, RS384 or RS512.</param>
    /// <param name="now">The issue time.</param>
    /// <param name="header">Extra header members (<c>kid</c>, <c>typ</c>, ...), a JSON object.</param>
    public static Either<SignJwtError, string> Sign(JsonElement payload, string privateKey, string algorithm, DateTimeOffset now, JsonElement? header = null)
    {
        if (string.IsNullOrWhiteSpace(privateKey))
            return Left<SignJwtError, string>(new SignJwtError("A private key is required."));
        if (HashOf(algorithm) is not { } hash)
            return Left<SignJwtError, string>(new SignJwtError($"Unsupported algorithm {algorithm}, expected one of {string.Join(",", Algorithms)}."));
        if (payload.ValueKind != JsonValueKind.Object)
            return Left<SignJwtError, string>(new SignJwtError("The payload must be a JSON object."));
        if (header is { } h && h.ValueKind != JsonValueKind.Object)
            return Left<SignJwtError, string>(new SignJwtError("The header must be a JSON object."));
        return PrivateKey(privateKey).Bind(rsa =>
        {
            using var _ = rsa;
            try
            {
                var headerNode = header is { } given ? JsonNode.Parse(given.GetRawText())!.AsObject() : new JsonObject { ["typ"] = "JWT" };
                headerNode["alg"] = algorithm;
                var payloadNode = JsonNode.Parse(payload.GetRawText())!.AsObject();
                payloadNode["iat"] = now.ToUnixTimeSeconds();
                var signingInput = Base64Url.Encode(Encoding.UTF8.GetBytes(headerNode.ToJsonString())) + "." +
                                   Base64Url.Encode(Encoding.UTF8.GetBytes(payloadNode.ToJsonString()));
                var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
                return Right<SignJwtError, string>(signingInput + "." + Base64Url.Encode(signature));
            }
            catch (ArgumentException)
            {
                return Left<SignJwtError, string>(new SignJwtError("The header or payload names a member twice."));
            }
            catch (CryptographicException e)
            {
                return Left<SignJwtError, string>(new SignJwtError("Signing failed: " + e.Message));
            }
        });
    }

    internal static HashAlgorithmName? HashOf(string? alg) => alg switch
    {
        "RS256" => HashAlgorithmName.SHA256,
        "RS384" => HashAlgorithmName.SHA384,
        "RS512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    internal static JsonElement? Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    internal static string? StringMember(JsonElement obj, string name) =>
        Member(obj, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static Either<TokenVerificationError, Unit> Signature(DecodedJwt jwt, JwtKey key) =>
        HasValidSignature(jwt, key).Match(
            Right: valid => valid
                ? Right<TokenVerificationError, Unit>(unit)
                : Left<TokenVerificationError, Unit>(new(TokenVerificationErrorReason.TokenInvalidSignature, "JWT signature is invalid.")),
            Left: error => Left<TokenVerificationError, Unit>(new(TokenVerificationErrorReason.TokenVerificationFailed,
                "Error verifying JWT signature. " + error.Message, TokenVerificationErrorAction.EnsureClerkJwt)));

    // A header or payload is any JSON value (as JSON.parse accepts); a member name that appears twice in the header or
    // the payload object is refused, where JavaScript would silently keep the last one.
    private static JsonElement? ParseJson(byte[] utf8)
    {
        try
        {
            // Bytes that are not UTF-8 become U+FFFD, as TextDecoder makes them in JavaScript.
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(utf8));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var names = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
                foreach (var property in root.EnumerateObject())
                    if (!names.Add(property.Name)) return null;
            }
            return IsWellFormed(root) ? root.Clone() : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    // A string escape that is a lone surrogate ("\ud800") cannot be read as .NET text; such a header or payload is refused.
    private static bool IsWellFormed(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(IsWellFormed);
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(p => p.Name is not null && IsWellFormed(p.Value));
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Either<SignJwtError, RSA> PrivateKey(string key)
    {
        var rsa = RSA.Create();
        try
        {
            var trimmed = key.Trim();
            if (trimmed.StartsWith('{'))
            {
                using var jwk = JsonDocument.Parse(trimmed);
                byte[] Part(string name) =>
                    StringMember(jwk.RootElement, name) is { } v && Base64Url.TryDecode(v, out var bytes) ? bytes : throw new FormatException($"JWK member {name} is missing.");
                rsa.ImportParameters(new RSAParameters
                {
                    Modulus = Part("n"), Exponent = Part("e"), D = Part("d"), P = Part("p"), Q = Part("q"),
                    DP = Part("dp"), DQ = Part("dq"), InverseQ = Part("qi"),
                });
            }
            else
            {
                rsa.ImportFromPem(JwtKey.UnescapeLineBreaks(trimmed));
            }
            _ = rsa.ExportParameters(includePrivateParameters: true); // a public key cannot sign
            return Right<SignJwtError, RSA>(rsa);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException or JsonException)
        {
            rsa.Dispose();
            return Left<SignJwtError, RSA>(new SignJwtError("The private key is not an RSA private key (PKCS#8 PEM or JWK)."));
        }
    }

    private static Either<TokenVerificationError, DecodedJwt> Invalid(string message) =>
        Left<TokenVerificationError, DecodedJwt>(new TokenVerificationError(TokenVerificationErrorReason.TokenInvalid, message));
}

/// <summary>A token could not be signed.</summary>
/// <param name="Message">Why.</param>
public sealed record SignJwtError(string Message);
