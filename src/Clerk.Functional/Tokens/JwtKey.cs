using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace Clerk.Functional.Tokens;

/// <summary>
/// An RSA public key ready for signature checks, parsed once. Built from a PEM (SPKI <c>PUBLIC KEY</c>, PKCS#1
/// <c>RSA PUBLIC KEY</c>, a bare base64 body, with LF, CRLF or escaped <c>\n</c> line breaks; any key size) or from a JWK.
/// </summary>
public sealed class JwtKey
{
    private static readonly ConcurrentDictionary<string, Either<TokenVerificationError, JwtKey>> PemCache = new(StringComparer.Ordinal);

    // Why WebCrypto's importKey("jwk", ..., RSASSA-PKCS1-v1_5, ["verify"]) would refuse the key: before the algorithm
    // is compared, and after it (missing key material).
    private readonly string? _importProblem;
    private readonly string? _materialProblem;

    private JwtKey(RSA? rsa, string? kid, string? algorithm, string? importProblem = null, string? materialProblem = null)
    {
        Rsa = rsa;
        Kid = kid;
        Algorithm = algorithm;
        _importProblem = importProblem;
        _materialProblem = materialProblem;
    }

    // Null when the key material could not be read: such a key verifies nothing (JavaScript imports it, and every
    // signature check then fails).
    internal RSA? Rsa { get; }

    /// <summary>The key id (<c>kid</c>), when known.</summary>
    public string? Kid { get; }

    /// <summary>The algorithm the key is restricted to (a JWK's <c>alg</c>), or null when any allowed RSA algorithm may use it.</summary>
    public string? Algorithm { get; }

    /// <summary>The key size in bits; 0 when the key material could not be read.</summary>
    public int KeySize => Rsa?.KeySize ?? 0;

    /// <summary>Parses a PEM public key; the result is cached per PEM text, so a verification never parses twice.</summary>
    /// <param name="pem">The PEM (or bare base64 SPKI body).</param>
    public static Either<TokenVerificationError, JwtKey> FromPem(string? pem) =>
        string.IsNullOrWhiteSpace(pem)
            ? Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.LocalJwkMissing, "Missing local JWK.", TokenVerificationErrorAction.SetClerkJwtKey))
            : PemCache.GetOrAdd(pem, ParsePem);

    /// <summary>
    /// Reads a JWK from a key set as <c>@clerk/backend</c> uses it: found by <c>kid</c>, then imported with WebCrypto's
    /// <c>importKey("jwk", key, {name: "RSASSA-PKCS1-v1_5", hash}, false, ["verify"])</c> when a token is checked. A key
    /// that import refuses (no <c>kty</c>, <c>kty</c> other than <c>RSA</c>, private material <c>d</c>, no <c>n</c> or <c>e</c>,
    /// <c>use</c> other than <c>sig</c>, <c>key_ops</c> without <c>verify</c> or with a repeated operation, an <c>alg</c>
    /// other than the token's) is kept but verifies nothing: the check fails with Node's message for that refusal.
    /// Only a JWK that is not a JSON object is an error.
    /// </summary>
    /// <param name="jwk">The JWK.</param>
    public static Either<TokenVerificationError, JwtKey> FromJwk(JsonElement jwk)
    {
        if (jwk.ValueKind != JsonValueKind.Object)
            return Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.RemoteJwkInvalid, "The JWK is not a JSON object.", TokenVerificationErrorAction.ContactSupport));
        string? Member(string name) => jwk.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var problem = ImportProblem(jwk, Member);
        var material = Member("n") is null || Member("e") is null ? "Invalid keyData" : null;
        return new JwtKey(problem is null && material is null ? ReadRsa(Member("n"), Member("e")) : null, Member("kid"), Member("alg"), problem, material);
    }

    private static readonly string[] KnownKeyOperations = ["sign", "verify", "encrypt", "decrypt", "wrapKey", "unwrapKey", "deriveKey", "deriveBits"];

    // The checks importKey makes for RSASSA-PKCS1-v1_5 with the usage "verify" before the algorithm, in Node 20's order
    // and words; the key material (n, e) is checked after the algorithm (see ProblemFor).
    private static string? ImportProblem(JsonElement jwk, Func<string, string?> member)
    {
        if (member("kty") is not { } kty) return "Invalid keyData";
        if (kty != "RSA") return "Invalid JWK \"kty\" Parameter";
        if (jwk.TryGetProperty("d", out _)) return "Unsupported key usage for an RSASSA-PKCS1-v1_5 key";
        if (jwk.TryGetProperty("use", out var use) && !(use.ValueKind == JsonValueKind.String && use.GetString() == "sig")) return "Invalid JWK \"use\" Parameter";
        if (jwk.TryGetProperty("key_ops", out var ops))
        {
            if (ops.ValueKind != JsonValueKind.Array)
                return "Failed to execute 'importKey' on 'SubtleCrypto': 'key_ops' of 'JsonWebKey' (2nd argument) can not be converted to sequence.";
            var names = ops.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString()! : o.GetRawText()).ToList();
            if (names.Where(KnownKeyOperations.Contains).GroupBy(n => n).Any(g => g.Count() > 1)) return "Duplicate key operation";
            if (!names.Contains("verify")) return "Key operations and usage mismatch";
        }
        return null;
    }

    // Key material that cannot be read (not base64url, empty) gives no key: JavaScript imports such a key and every
    // signature check with it is false.
    private static RSA? ReadRsa(string? n, string? e)
    {
        if (!Base64Url.TryDecode(n ?? "", out var modulus) || !Base64Url.TryDecode(e ?? "", out var exponent) || modulus.Length == 0 || exponent.Length == 0)
            return null;
        try
        {
            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponent });
            return rsa;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Why this key cannot check a token signed with <paramref name="algorithm"/> (WebCrypto's import error,
    /// in Node's words), or null when it can.</summary>
    /// <param name="algorithm">The token's <c>alg</c> (RS256, RS384 or RS512).</param>
    internal string? ProblemFor(string algorithm) =>
        _importProblem ?? (Algorithm is not null && Algorithm != algorithm ? "JWK \"alg\" does not match the requested algorithm" : null) ?? _materialProblem;

    /// <summary>Wraps an RSA key that holds at least the public part (for tests and custom key sources).</summary>
    /// <param name="rsa">The key; not copied, so do not dispose it while the wrapper is in use.</param>
    /// <param name="kid">The key id.</param>
    public static JwtKey FromRsa(RSA rsa, string? kid = null) => new(rsa, kid, null);

    private static readonly System.Text.RegularExpressions.Regex PemMarkers =
        new("-----(BEGIN|END) [A-Z0-9 ]+-----", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Escaped line breaks (a PEM pasted into an environment variable as one line) as line breaks.</summary>
    internal static string UnescapeLineBreaks(string pem) => pem.Replace("\\r", "\r").Replace("\\n", "\n");

    private static Either<TokenVerificationError, JwtKey> ParsePem(string pem)
    {
        var text = UnescapeLineBreaks(pem).Trim();
        var pkcs1 = text.Contains("BEGIN RSA PUBLIC KEY", StringComparison.Ordinal);
        var body = string.Concat(PemMarkers.Replace(text, "").Where(c => !char.IsWhiteSpace(c)));
        try
        {
            var der = Convert.FromBase64String(body);
            var rsa = RSA.Create();
            if (pkcs1) rsa.ImportRSAPublicKey(der, out _);
            else rsa.ImportSubjectPublicKeyInfo(der, out _);
            return new JwtKey(rsa, null, null);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.LocalJwkMissing,
                "The jwtKey is not an RSA public key in PEM form (SPKI \"PUBLIC KEY\" or PKCS#1 \"RSA PUBLIC KEY\").",
                TokenVerificationErrorAction.SetClerkJwtKey));
        }
    }
}
