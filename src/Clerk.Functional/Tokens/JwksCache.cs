using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Tokens;

/// <summary>How the JWKS cache behaves.</summary>
public sealed record JwksCacheOptions
{
    /// <summary>How long fetched keys are used before they are fetched again (5 minutes, as in <c>@clerk/backend</c>).</summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>After a refetch caused by an unknown <c>kid</c>, further unknown kids are answered from the cache
    /// (as <c>jwk-kid-mismatch</c>) for this long, so a stream of forged kids cannot become a stream of requests.</summary>
    public TimeSpan KidMissCooldown { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After a fetch fails (all its attempts), no new fetch for the same instance starts for this long, doubled
    /// after each further failure up to <see cref="MaxFailedFetchBackoff"/>: verifications meanwhile use the last keys that
    /// loaded, or get the failure at once, instead of five attempts each. <c>@clerk/backend</c> has no such pause.</summary>
    public TimeSpan FailedFetchBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause after repeated failed fetches (60 s).</summary>
    public TimeSpan MaxFailedFetchBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a failed fetch: 5 attempts in all, 125 ms × 2ⁿ with jitter, like <c>@clerk/backend</c>
    /// (which retries every failure, an invalid key included).</summary>
    public Transport.RetryPolicy Retry { get; init; } = new()
    {
        MaxAttempts = 5,
        BaseDelay = TimeSpan.FromMilliseconds(125),
        BackoffFactor = 2,
        Jitter = 1,
        MaxDelay = TimeSpan.FromSeconds(5),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        MaxTotalTime = TimeSpan.FromSeconds(20),
        RetryStatuses = Enumerable.Range(400, 200).ToArray(),
    };
}

/// <summary>
/// The signing keys of Clerk instances, fetched from <c>GET /v1/jwks</c> and cached per (API URL, API version, secret key).
/// Concurrent verifications share one fetch; an unknown <c>kid</c> refetches at most once per cooldown; a successful
/// fetch replaces the key set; when a refresh fails, the last keys that were fetched successfully stay in use, and no
/// new fetch starts until a back-off (1 s, doubling to 60 s) has passed.
/// Thread-safe. <see cref="Shared"/> is the process-wide cache, as <c>@clerk/backend</c> keeps one.
/// </summary>
public sealed class JwksCache
{
    /// <summary>The route of the key set.</summary>
    public static readonly Route JwksRoute = Route.Of("jwks");

    /// <summary>The process-wide cache (system clock), shared by every client and verifier that is not given its own.</summary>
    public static JwksCache Shared { get; } = new();

    private readonly JwksCacheOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Either<TokenVerificationError, Map<string, JwtKey>>>>> _inFlight = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, FailedFetch> _failures = new(StringComparer.Ordinal);

    private sealed record Entry(Map<string, JwtKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset? LastKidMissFetch);

    private sealed record FailedFetch(int Count, DateTimeOffset At, TokenVerificationError Error);

    /// <summary>Creates an empty cache.</summary>
    /// <param name="options">Time-to-live, kid-miss cooldown and fetch retries.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public JwksCache(JwksCacheOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new JwksCacheOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The cache key of a scope: API URL, version and secret key (the key itself never leaves this process).</summary>
    /// <param name="apiUrl">The API root.</param>
    /// <param name="apiVersion">The version segment.</param>
    /// <param name="secretKey">The secret key.</param>
    public static string Scope(string apiUrl, string apiVersion, string secretKey) => $"{apiUrl.TrimEnd('/')}|{apiVersion}|{secretKey}";

    /// <summary>The key with <paramref name="kid"/>, from the cache or fetched through <paramref name="transport"/>.</summary>
    /// <param name="scope">The cache scope (<see cref="Scope"/>).</param>
    /// <param name="kid">The token's key id (null when the token has none).</param>
    /// <param name="transport">Sends <c>GET /jwks</c> for this scope (authorized with its secret key).</param>
    /// <param name="jwksUrl">The URL, for messages.</param>
    /// <param name="skipCache">Fetch even when the cache has the key.</param>
    /// <param name="cancellationToken">Stops this caller's wait (a shared fetch goes on for the others).</param>
    public async Task<Either<TokenVerificationError, JwtKey>> GetKey(
        string scope, string? kid, IClerkRunner transport, string jwksUrl, bool skipCache, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        _entries.TryGetValue(scope, out var entry);
        var fresh = entry is not null && now - entry.FetchedAt < _options.TimeToLive;
        var cached = kid is null ? Option<JwtKey>.None : entry?.Keys.Find(kid) ?? Option<JwtKey>.None;
        if (fresh && !skipCache && cached.Case is JwtKey hit) return hit;

        var kidMiss = fresh && !skipCache;
        if (kidMiss && entry!.LastKidMissFetch is { } last && now - last < _options.KidMissCooldown)
            return KidMismatch(kid);
        if (!skipCache && _failures.TryGetValue(scope, out var failure) && now - failure.At < Backoff(failure.Count))
            return cached.Case is JwtKey stale ? Right<TokenVerificationError, JwtKey>(stale) : Left<TokenVerificationError, JwtKey>(failure.Error);

        var fetched = await Fetch(scope, transport, jwksUrl, kidMiss ? now : null).WaitAsync(cancellationToken).ConfigureAwait(false);
        return fetched.Match(
            Right: keys => kid is not null && keys.Find(kid).Case is JwtKey key ? Right<TokenVerificationError, JwtKey>(key) : KidMismatch(kid),
            // The last keys that loaded stay in use when a refresh fails.
            Left: error => cached.Case is JwtKey stale ? Right<TokenVerificationError, JwtKey>(stale) : Left<TokenVerificationError, JwtKey>(error));
    }

    // One fetch per scope at a time, shared by every caller; the fetch itself updates the cache before it stops being
    // shared, so no caller can start a second fetch for keys that are already in. A successful fetch replaces the key
    // set (a key Clerk removed is no longer trusted); a failed one keeps the previous keys and, for a kid miss, starts
    // the cooldown.
    private Task<Either<TokenVerificationError, Map<string, JwtKey>>> Fetch(string scope, IClerkRunner transport, string jwksUrl, DateTimeOffset? kidMissAt)
    {
        var lazy = _inFlight.GetOrAdd(scope, key => new Lazy<Task<Either<TokenVerificationError, Map<string, JwtKey>>>>(async () =>
        {
            try
            {
                var retrying = new Transport.RetryingRunner(transport, _options.Retry, _time);
                var outcome = (await retrying.Send(ClerkRequest.Of(HttpVerb.Get, JwksRoute), CancellationToken.None).Run().ConfigureAwait(false)).ThrowIfFail();
                var keys = outcome.Match(Right: response => KeysFrom(response, jwksUrl), Left: error => FetchFailed(error, jwksUrl));
                _entries.TryGetValue(scope, out var previous);
                if (keys.Case is Map<string, JwtKey> fresh)
                {
                    _entries[scope] = new Entry(fresh, _time.GetUtcNow(), kidMissAt ?? previous?.LastKidMissFetch);
                    _failures.TryRemove(scope, out _);
                }
                else
                {
                    if (previous is not null && kidMissAt is { } at) _entries[scope] = previous with { LastKidMissFetch = at };
                    var error = (TokenVerificationError)keys.Case!;
                    _failures.AddOrUpdate(scope, _ => new FailedFetch(1, _time.GetUtcNow(), error), (_, f) => new FailedFetch(f.Count + 1, _time.GetUtcNow(), error));
                }
                return keys;
            }
            finally
            {
                _inFlight.TryRemove(scope, out _);
            }
        }));
        return lazy.Value;
    }

    private static Either<TokenVerificationError, Map<string, JwtKey>> KeysFrom(ClerkResponse response, string jwksUrl)
    {
        if (!Decode.IsSuccess(response.Status))
        {
            var api = Decode.ApiError(response);
            return api.Errors.Find(e => e.Code == "clerk_key_invalid").Match(
                Some: e => Left<TokenVerificationError, Map<string, JwtKey>>(new TokenVerificationError(
                    TokenVerificationErrorReason.InvalidSecretKey, e.Message, TokenVerificationErrorAction.ContactSupport)),
                None: () => Left<TokenVerificationError, Map<string, JwtKey>>(new TokenVerificationError(
                    TokenVerificationErrorReason.RemoteJwkFailedToLoad, $"Error loading Clerk JWKS from {jwksUrl} with code={response.Status}",
                    TokenVerificationErrorAction.ContactSupport)));
        }
        return Decode.Raw(response).Match(
            Right: json =>
            {
                var keys = Jwt.Member(json, "keys") is { ValueKind: JsonValueKind.Array } array
                    ? array.EnumerateArray()
                        .Select(JwtKey.FromJwk)
                        .Rights()
                        .Where(k => k.Kid is not null)
                        .Select(k => (k.Kid!, k))
                        .ToList()
                    : [];
                return keys.Count == 0
                    ? Left<TokenVerificationError, Map<string, JwtKey>>(new TokenVerificationError(
                        TokenVerificationErrorReason.RemoteJwkFailedToLoad,
                        "The JWKS endpoint did not contain any signing keys. Contact support@clerk.com.", TokenVerificationErrorAction.ContactSupport))
                    : Right<TokenVerificationError, Map<string, JwtKey>>(toMap(keys));
            },
            Left: error => FetchFailed(error, jwksUrl));
    }

    private static Either<TokenVerificationError, Map<string, JwtKey>> FetchFailed(ClerkError error, string jwksUrl) =>
        Left<TokenVerificationError, Map<string, JwtKey>>(new TokenVerificationError(
            TokenVerificationErrorReason.RemoteJwkFailedToLoad, $"Error loading Clerk JWKS from {jwksUrl}: {error.Message}",
            TokenVerificationErrorAction.ContactSupport) { BackendUnreachable = error is ClerkError.Transport or ClerkError.Timeout });

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks((long)Math.Min(_options.MaxFailedFetchBackoff.Ticks, _options.FailedFetchBackoff.Ticks * Math.Pow(2, Math.Clamp(failures - 1, 0, 62))));

    internal static Either<TokenVerificationError, JwtKey> KidMismatch(string? kid) =>
        Left<TokenVerificationError, JwtKey>(new TokenVerificationError(
            TokenVerificationErrorReason.JwkKidMismatch,
            $"Unable to find a signing key in JWKS that matches the kid='{kid ?? "undefined"}' of the provided session token. " +
            "Please make sure that the __session cookie or the HTTP authorization header contain a Clerk-generated session JWT.",
            TokenVerificationErrorAction.CheckKeys));
}
