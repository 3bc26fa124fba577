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

    private JwtKey(RSA rsa, string? kid, string? algorithm)
    {
        Rsa = rsa;
        Kid = kid;
        Algorithm = algorithm;
    }

    internal RSA Rsa { get; }

    /// <summary>The key id (<c>kid</c>), when known.</summary>
    public string? Kid { get; }

    /// <summary>The algorithm the key is restricted to (a JWK's <c>alg</c>), or null when any allowed RSA algorithm may use it.</summary>
    public string? Algorithm { get; }

    /// <summary>The key size in bits.</summary>
    public int KeySize => Rsa.KeySize;

    /// <summary>Parses a PEM public key; the result is cached per PEM text, so a verification never parses twice.</summary>
    /// <param name="pem">The PEM (or bare base64 SPKI body).</param>
    public static Either<TokenVerificationError, JwtKey> FromPem(string? pem) =>
        string.IsNullOrWhiteSpace(pem)
            ? Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.LocalJwkMissing, "Missing local JWK.", TokenVerificationErrorAction.SetClerkJwtKey))
            : PemCache.GetOrAdd(pem, ParsePem);

    /// <summary>Parses a public JWK (<c>{"kty":"RSA","n":...,"e":...}</c>).</summary>
    /// <param name="jwk">The JWK.</param>
    public static Either<TokenVerificationError, JwtKey> FromJwk(JsonElement jwk)
    {
        string? Member(string name) =>
            jwk.ValueKind == JsonValueKind.Object && jwk.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (Member("kty") != "RSA" || Member("n") is not { } n || Member("e") is not { } e ||
            !Base64Url.TryDecode(n, out var modulus) || !Base64Url.TryDecode(e, out var exponent) || modulus.Length == 0 || exponent.Length == 0)
            return Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.RemoteJwkInvalid, "The JWK is not an RSA public key.", TokenVerificationErrorAction.ContactSupport));
        try
        {
            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponent });
            return new JwtKey(rsa, Member("kid"), Member("alg"));
        }
        catch (CryptographicException)
        {
            return Prelude.Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.RemoteJwkInvalid, "The JWK is not a usable RSA public key.", TokenVerificationErrorAction.ContactSupport));
        }
    }

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
