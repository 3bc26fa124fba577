using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Clerk.Functional.Tokens;

namespace Clerk.Functional.Testing.Backend;

/// <summary>Signs session tokens (RS256) with the backend's own RSA key and publishes the key as a JWKS.</summary>
internal sealed class SessionTokenSigner : IDisposable
{
    private readonly RSA _rsa;

    public SessionTokenSigner(string kid, string issuer)
    {
        _rsa = RSA.Create(2048);
        Kid = kid;
        Issuer = issuer;
        var parameters = _rsa.ExportParameters(false);
        Jwks = new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["use"] = "sig",
                ["kty"] = "RSA",
                ["kid"] = kid,
                ["alg"] = "RS256",
                ["n"] = Base64Url.Encode(parameters.Modulus),
                ["e"] = Base64Url.Encode(parameters.Exponent),
            }),
        }.ToJsonString();
        PublicKeyPem = _rsa.ExportSubjectPublicKeyInfoPem();
    }

    public string Kid { get; }

    public string Issuer { get; }

    /// <summary>The JWKS document, as <c>GET /v1/jwks</c> answers it.</summary>
    public string Jwks { get; }

    /// <summary>The public key as PEM, the <c>jwtKey</c> of networkless verification.</summary>
    public string PublicKeyPem { get; }

    /// <summary>Signs <paramref name="claims"/> with a <c>kid</c> and <c>typ: JWT</c> header.</summary>
    public string Sign(JsonObject claims)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = Kid, ["typ"] = "JWT" };
        var input = Base64Url.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url.Encode(signature);
    }

    /// <summary>Version 2 session claims, as Clerk mints them: <c>sid</c>, <c>sub</c>, <c>sts</c>, <c>v: 2</c>, <c>fva</c>, and
    /// with an active organization the compact <c>o: {id, rol, slg, per, fpm}</c> plus <c>fea</c>. Permissions are
    /// <c>org:feature:permission</c>; <c>fea</c> lists their features (<c>o:feature</c>), <c>per</c> their permission names
    /// and <c>fpm</c> one bit mask per feature.</summary>
    public static JsonObject Claims(SessionTokenClaims c, string issuer, long nowSeconds)
    {
        var claims = new JsonObject
        {
            ["exp"] = nowSeconds + (long)c.Lifetime.TotalSeconds,
            ["fva"] = new JsonArray(0, -1),
            ["iat"] = nowSeconds,
            ["iss"] = issuer,
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant(),
            ["nbf"] = nowSeconds - 10,
            ["sid"] = c.SessionId,
            ["sts"] = "active",
            ["sub"] = c.UserId,
            ["v"] = 2,
        };
        if (c.AuthorizedParty is { } azp) claims["azp"] = azp;
        if (c.OrganizationId is { } orgId)
        {
            var permissions = c.Permissions.Select(p => p.Split(':')).Where(p => p.Length == 3 && p[0] == "org").ToList();
            var features = permissions.Select(p => p[1]).Distinct().ToList();
            var names = permissions.Select(p => p[2]).Distinct().ToList();
            var masks = features.Select(f => names.Select((n, bit) => permissions.Any(p => p[1] == f && p[2] == n) ? 1L << bit : 0).Sum());
            claims["o"] = new JsonObject
            {
                ["id"] = orgId,
                ["rol"] = c.OrganizationRole is { } role && role.StartsWith("org:", StringComparison.Ordinal) ? role["org:".Length..] : c.OrganizationRole,
                ["slg"] = c.OrganizationSlug,
                ["per"] = string.Join(",", names),
                ["fpm"] = string.Join(",", masks),
            };
            if (features.Count > 0) claims["fea"] = string.Join(",", features.Select(f => "o:" + f));
        }
        return claims;
    }

    public void Dispose() => _rsa.Dispose();
}

/// <summary>The claims of a session token the in-memory Clerk signs. Organization members are optional together.</summary>
public sealed record SessionTokenClaims
{
    /// <summary>The user (<c>sub</c>).</summary>
    public required string UserId { get; init; }

    /// <summary>The session (<c>sid</c>).</summary>
    public required string SessionId { get; init; }

    /// <summary>The active organization's id (<c>o.id</c>), if any.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The active organization's slug (<c>o.slg</c>).</summary>
    public string? OrganizationSlug { get; init; }

    /// <summary>The role in the active organization, e.g. <c>org:admin</c> (<c>o.rol</c> carries it without <c>org:</c>).</summary>
    public string? OrganizationRole { get; init; }

    /// <summary>The organization permissions, <c>org:feature:permission</c> each (encoded as <c>fea</c>, <c>o.per</c> and <c>o.fpm</c>).</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>The authorized party (<c>azp</c>), the origin of the app that asked for the token.</summary>
    public string? AuthorizedParty { get; init; }

    /// <summary>How long the token is valid (Clerk's default is 60 seconds).</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromSeconds(60);
}
