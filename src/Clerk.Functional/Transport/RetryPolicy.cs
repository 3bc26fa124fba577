using System.Globalization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;

namespace Clerk.Functional.Transport;

/// <summary>
/// When and how often a request is sent again. By default: 429 (after <c>Retry-After</c>), 502, 503, 504,
/// connection failures and time-outs are retried, for GET, PUT and DELETE only, up to 4 attempts in all,
/// with jittered exponential back-off (0.5 s, 1 s, 2 s, ... each up to 50 % longer, at most 10 s), within 60 s in all.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>The default policy.</summary>
    public static readonly RetryPolicy Default = new();

    /// <summary>No retries: every request is sent once.</summary>
    public static readonly RetryPolicy None = new() { MaxAttempts = 1 };

    /// <summary>Attempts in all, the first included (1 means no retry).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first back-off delay; each later one is <see cref="BackoffFactor"/> times the previous.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Growth of the back-off delay.</summary>
    public double BackoffFactor { get; init; } = 2;

    /// <summary>Random spread of each back-off delay, as a fraction of it (0.5: up to 50 % longer).</summary>
    public double Jitter { get; init; } = 0.5;

    /// <summary>The longest back-off delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest <c>Retry-After</c> this client waits; a longer one ends the retries and the 429 is returned.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The time from the first attempt after which no retry starts (a retry whose wait would end later is not made).</summary>
    public TimeSpan MaxTotalTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>HTTP statuses that are retried; <see cref="DefaultRetryStatuses"/> when null. Null by default, so that
    /// configuration binding replaces the default statuses instead of adding to them.</summary>
    public IReadOnlyCollection<int>? RetryStatuses { get; init; }

    /// <summary>The statuses retried by default: 429, 502, 503 and 504.</summary>
    public static readonly IReadOnlyCollection<int> DefaultRetryStatuses = [429, 502, 503, 504];

    /// <summary>Also retry POST and PATCH (off by default: they may not be idempotent).</summary>
    public bool RetryNonIdempotent { get; init; }

    /// <summary>Seeds the jitter, for reproducible delays in tests; random when null.</summary>
    public int? JitterSeed { get; init; }

    /// <summary>Why this policy cannot be used, or none: at least one attempt, non-negative delays, a factor of at
    /// least 1 and a jitter between 0 and 1.</summary>
    public Option<string> Problem() =>
        MaxAttempts < 1 || BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero || MaxTotalTime < TimeSpan.Zero ||
        BackoffFactor < 1 || double.IsNaN(BackoffFactor) || Jitter is < 0 or > 1 || double.IsNaN(Jitter)
            ? Prelude.Some("retry: maxAttempts must be at least 1, delays non-negative, backoffFactor at least 1 and jitter between 0 and 1.")
            : Prelude.None;

    /// <summary>The back-off delays before attempt 2, 3, ... as a LanguageExt <see cref="Schedule"/>:
    /// exponential from <see cref="BaseDelay"/>, jittered, capped at <see cref="MaxDelay"/>, <see cref="MaxAttempts"/> − 1 of them.</summary>
    public Schedule Backoff()
    {
        // Jitter is drawn here rather than with Schedule.jitter: LanguageExt 4 keeps one process-wide Random per seed,
        // so a seeded Schedule.jitter gives different delays on every run, and the seed would promise nothing.
        var random = JitterSeed is { } seed ? new Random(seed) : Random.Shared;
        var exponential = Schedule.exponential(BaseDelay, BackoffFactor) | Schedule.recurs(Math.Max(0, MaxAttempts - 1));
        return Schedule.TimeSeries(exponential.Run()
            .Select(delay => (Duration)Math.Min((double)delay * (1 + Jitter * random.NextDouble()), MaxDelay.TotalMilliseconds))
            .ToSeq().Strict());
    }

    /// <summary>True when the request may be sent again: GET, PUT and DELETE always, POST and PATCH when opted in.</summary>
    /// <param name="request">The request.</param>
    public bool MayRetry(ClerkRequest request) =>
        RetryNonIdempotent || request.Verb is HttpVerb.Get or HttpVerb.Put or HttpVerb.Delete;

    /// <summary>True when this outcome is worth another attempt: a retryable status, a transport failure or a time-out.</summary>
    /// <param name="outcome">What the attempt produced.</param>
    public bool IsRetryable(Either<ClerkError, ClerkResponse> outcome) =>
        outcome.Match(
            Right: response => (RetryStatuses ?? DefaultRetryStatuses).Contains(response.Status),
            Left: error => error is ClerkError.Transport or ClerkError.Timeout);

    /// <summary>The wait the server asked for with <c>Retry-After</c> (delta-seconds or an HTTP date), if any.</summary>
    /// <param name="response">The response.</param>
    /// <param name="now">The current time, for an HTTP date.</param>
    public static Option<TimeSpan> RetryAfter(ClerkResponse response, DateTimeOffset now) =>
        response.Header("Retry-After").Bind(value =>
            int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? Prelude.Some(TimeSpan.FromSeconds(seconds))
                : DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    ? Prelude.Some(date > now ? date - now : TimeSpan.Zero)
                    : Prelude.None);

    /// <summary>
    /// The pure retry decision after attempt <paramref name="attempt"/> (1-based): the wait before the next attempt, or none to stop.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="outcome">What the attempt produced.</param>
    /// <param name="attempt">The attempt just made.</param>
    /// <param name="backoff">The back-off delay the schedule gives for the next attempt, if it gives one.</param>
    /// <param name="elapsed">Time since the first attempt started.</param>
    /// <param name="now">The current time (for <c>Retry-After</c> dates).</param>
    public Option<TimeSpan> NextDelay(ClerkRequest request, Either<ClerkError, ClerkResponse> outcome, int attempt, Option<TimeSpan> backoff, TimeSpan elapsed, DateTimeOffset now)
    {
        if (attempt >= MaxAttempts || !MayRetry(request) || !IsRetryable(outcome)) return Prelude.None;
        var asked = outcome.Match(Right: response => RetryAfter(response, now), Left: _ => Option<TimeSpan>.None);
        if (asked.Exists(wait => wait > MaxRetryAfter)) return Prelude.None;
        return backoff
            .Map(delay => asked.Match(Some: wait => wait > delay ? wait : delay, None: () => delay))
            .Filter(wait => elapsed + wait <= MaxTotalTime);
    }
}
