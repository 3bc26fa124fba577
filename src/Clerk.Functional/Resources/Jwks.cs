using Clerk.Functional.Json;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>The instance's JSON Web Key Set, as <c>GET /jwks</c> returns it: the public keys that verify session tokens.</summary>
public sealed record JwksDocument
{
    /// <summary>The keys; empty when the answer has none.</summary>
    [JsonInclude]
    public IReadOnlyList<Jwk> Keys { get => field ?? []; internal set; }
}

/// <summary>One JSON Web Key (RFC 7517) of a <see cref="JwksDocument"/>: RSA, EC, Ed25519 or symmetric; members that a
/// key type does not have are null.</summary>
public sealed record Jwk
{
    /// <summary>The key ID, matched against a token's <c>kid</c> header.</summary>
    [JsonInclude]
    public string Kid { get => field ?? ""; internal set; }

    /// <summary>The algorithm, e.g. <c>RS256</c>.</summary>
    [JsonInclude]
    public string Alg { get => field ?? ""; internal set; }

    /// <summary>The intended use, e.g. <c>sig</c>.</summary>
    [JsonInclude]
    public string Use { get => field ?? ""; internal set; }

    /// <summary>The key type: <c>RSA</c>, <c>EC</c>, <c>OKP</c> or <c>oct</c>.</summary>
    [JsonInclude]
    public string Kty { get => field ?? ""; internal set; }

    /// <summary>The RSA modulus (base64url).</summary>
    [JsonInclude]
    public string? N { get; internal set; }

    /// <summary>The RSA public exponent (base64url).</summary>
    [JsonInclude]
    public string? E { get; internal set; }

    /// <summary>The curve of an EC or OKP key, e.g. <c>P-256</c> or <c>Ed25519</c>.</summary>
    [JsonInclude]
    public string? Crv { get; internal set; }

    /// <summary>The x coordinate (EC) or public key (OKP), base64url.</summary>
    [JsonInclude]
    public string? X { get; internal set; }

    /// <summary>The y coordinate of an EC key, base64url.</summary>
    [JsonInclude]
    public string? Y { get; internal set; }

    /// <summary>The private exponent or key, when the set holds private keys (never for Clerk's public JWKS).</summary>
    [JsonInclude]
    public string? D { get; internal set; }

    /// <summary>The first RSA prime factor of a private key.</summary>
    [JsonInclude]
    public string? P { get; internal set; }

    /// <summary>The second RSA prime factor of a private key.</summary>
    [JsonInclude]
    public string? Q { get; internal set; }

    /// <summary>The first RSA CRT exponent of a private key.</summary>
    [JsonInclude]
    public string? Dp { get; internal set; }

    /// <summary>The second RSA CRT exponent of a private key.</summary>
    [JsonInclude]
    public string? Dq { get; internal set; }

    /// <summary>The RSA CRT coefficient of a private key.</summary>
    [JsonInclude]
    public string? Qi { get; internal set; }

    /// <summary>The key value of a symmetric key.</summary>
    [JsonInclude]
    public string? K { get; internal set; }

    /// <summary>The X.509 certificate chain (base64 DER).</summary>
    [JsonInclude]
    public IReadOnlyList<string>? X5c { get; internal set; }

    /// <summary>The SHA-1 thumbprint of the certificate.</summary>
    [JsonInclude]
    public string? X5t { get; internal set; }

    /// <summary>The SHA-256 thumbprint of the certificate.</summary>
    [JsonInclude]
    [JsonPropertyName("x5t#S256")]
    public string? X5tS256 { get; internal set; }

    /// <summary>The URL of the certificate.</summary>
    [JsonInclude]
    public string? X5u { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        Redaction.PrintMembers(this, builder, nameof(D), nameof(P), nameof(Q), nameof(Dp), nameof(Dq), nameof(Qi), nameof(K));
}
