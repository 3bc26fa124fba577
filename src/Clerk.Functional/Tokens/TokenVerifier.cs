using System.Text.Json;
using System.Threading.Tasks;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>The options of <c>verifyToken</c>.</summary>
public sealed record VerifyTokenOptions
{
    /// <summary>The instance's PEM public key: verification without any request (preferred when set).</summary>
    public string? JwtKey { get; init; }

    /// <summary>The secret key, to fetch the instance's keys from <c>GET /v1/jwks</c> when no <see cref="JwtKey"/> is set.</summary>
    public string? SecretKey { get; init; }

    /// <summary>The Backend API root for the key fetch.</summary>
    public string ApiUrl { get; init; } = ClerkClientOptions.DefaultApiUrl;

    /// <summary>The API version segment for the key fetch.</summary>
    public string ApiVersion { get; init; } = ClerkClientOptions.DefaultApiVersion;

    /// <summary>Accepted audiences (<c>aud</c>).</summary>
    public IReadOnlyList<string> Audience { get => field ?? []; init; } = [];

    /// <summary>Accepted authorized parties (<c>azp</c>): your app's origins. Strongly recommended.</summary>
    public IReadOnlyList<string> AuthorizedParties { get => field ?? []; init; } = [];

    /// <summary>Allowed clock difference in milliseconds (default 5,000).</summary>
    public long? ClockSkewInMs { get; init; }

    /// <summary>Accepted header <c>typ</c> values; <c>JWT</c> when null.</summary>
    public IReadOnlyList<string>? HeaderType { get; init; }

    /// <summary>When set, the token's <c>iss</c> must equal it.</summary>
    public string? Issuer { get; init; }

    /// <summary>Fetch the key set even when the cache has the key.</summary>
    public bool SkipJwksCache { get; init; }

    /// <summary>Never shows the secret key.</summary>
    public override string ToString() =>
        $"VerifyTokenOptions {{ JwtKey = {(JwtKey is null ? "null" : "(set)")}, SecretKey = {(SecretKey is null ? "null" : "(redacted)")}, " +
        $"ApiUrl = {ApiUrl}, ApiVersion = {ApiVersion}, AuthorizedParties = [{string.Join(", ", AuthorizedParties)}] }}";

    internal VerifyJwtOptions JwtOptions => new()
    {
        Audience = Audience, AuthorizedParties = AuthorizedParties, ClockSkewInMs = ClockSkewInMs, HeaderType = HeaderType, Issuer = Issuer,
    };
}

/// <summary>JWT <c>cat</c> header values that tell Clerk's token kinds apart.</summary>
public static class JwtCategory
{
    /// <summary>A session token.</summary>
    public const string SessionToken = "cl_B7d4PD111AAA";
    /// <summary>A JWT template token.</summary>
    public const string JwtTemplate = "cl_B7d4PD222AAA";
    /// <summary>A machine-to-machine token.</summary>
    public const string M2MToken = "cl_B7d4PD333AAA";
    /// <summary>No category check.</summary>
    public const string Ignore = "cl_I7d4PD111III";
}

/// <summary>
/// <c>verifyToken</c>: verifies a session token with a networkless <c>jwtKey</c>, or with the instance's keys fetched
/// from the Backend API and cached (<see cref="JwksCache"/>). Holds the cache; share one verifier per process.
/// </summary>
public sealed class TokenVerifier
{
    private readonly Func<ClerkClientOptions, IClerkRunner> _transport;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier.</summary>
    /// <param name="transport">Builds the runner that sends <c>GET /jwks</c> for given options; the live HTTP runner when null.</param>
    /// <param name="time">The clock for token times and the cache; the system clock when null.</param>
    /// <param name="cache">The key cache; a new one when null.</param>
    public TokenVerifier(Func<ClerkClientOptions, IClerkRunner>? transport = null, TimeProvider? time = null, JwksCache? cache = null)
    {
        _transport = transport ?? (options => new HttpRunner(options));
        _time = time ?? TimeProvider.System;
        // With the system clock, keys are cached process-wide (per scope), as @clerk/backend does; a verifier with its
        // own clock (tests) gets its own cache.
        Cache = cache ?? (ReferenceEquals(_time, TimeProvider.System) ? JwksCache.Shared : new JwksCache(time: _time));
    }

    /// <summary>A process-wide verifier with the system clock and the live transport (like <c>@clerk/backend</c>'s global cache).</summary>
    public static TokenVerifier Default { get; } = new();

    /// <summary>The key cache.</summary>
    public JwksCache Cache { get; }

    /// <summary>Verifies a session token: decoding, the <c>cat</c> header (an M2M token is refused), key resolution
    /// (<c>jwtKey</c>, else the cached key set), then <see cref="Jwt.Verify(DecodedJwt, JwtKey, VerifyJwtOptions, DateTimeOffset)"/>.
    /// Returns the claims.</summary>
    /// <param name="token">The token.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    public Aff<Either<TokenVerificationError, JsonElement>> VerifyToken(string? token, VerifyTokenOptions? options, CancellationToken cancellationToken = default) =>
        Aff(() => new ValueTask<Either<TokenVerificationError, JsonElement>>(VerifyAsync(token, options, cancellationToken)));

    private async Task<Either<TokenVerificationError, JsonElement>> VerifyAsync(string? token, VerifyTokenOptions? options, CancellationToken cancellationToken)
    {
        if (options is null)
            return Left<TokenVerificationError, JsonElement>(new TokenVerificationError(
                TokenVerificationErrorReason.JwkFailedToResolve, "Failed to resolve JWK during verification.", TokenVerificationErrorAction.SetClerkJwtKey));
        var decoded = Jwt.Decode(token);
        if (decoded.Case is not DecodedJwt jwt) return Left<TokenVerificationError, JsonElement>((TokenVerificationError)decoded.Case!);
        if (jwt.HeaderString("cat") == JwtCategory.M2MToken)
            return Left<TokenVerificationError, JsonElement>(new TokenVerificationError(
                TokenVerificationErrorReason.TokenInvalid, "Invalid session token category.", TokenVerificationErrorAction.EnsureClerkJwt));
        var key = await ResolveKey(jwt, options, cancellationToken).ConfigureAwait(false);
        return key.Bind(k => Jwt.Verify(jwt, k, options.JwtOptions, _time.GetUtcNow()));
    }

    /// <summary>The key that must have signed <paramref name="jwt"/>: <c>jwtKey</c> when set, else the key set's key with the token's <c>kid</c>.</summary>
    /// <param name="jwt">The decoded token.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    public Task<Either<TokenVerificationError, JwtKey>> ResolveKey(DecodedJwt jwt, VerifyTokenOptions options, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.JwtKey)) return Task.FromResult(JwtKey.FromPem(options.JwtKey));
        if (string.IsNullOrEmpty(options.SecretKey))
            return Task.FromResult(Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
                TokenVerificationErrorReason.JwkFailedToResolve, "Failed to resolve JWK during verification.", TokenVerificationErrorAction.SetClerkJwtKey)));
        var clientOptions = new ClerkClientOptions
        {
            SecretKey = options.SecretKey, ApiUrl = options.ApiUrl, ApiVersion = options.ApiVersion, Retry = Transport.RetryPolicy.None,
        };
        var jwksUrl = $"{options.ApiUrl.TrimEnd('/')}/{options.ApiVersion}/jwks";
        return Cache.GetKey(JwksCache.Scope(options.ApiUrl, options.ApiVersion, options.SecretKey), jwt.HeaderString("kid"),
            _transport(clientOptions), jwksUrl, options.SkipJwksCache, cancellationToken);
    }
}
