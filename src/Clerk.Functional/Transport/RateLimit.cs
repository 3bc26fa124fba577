using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;

namespace Clerk.Functional.Transport;

/// <summary>
/// Client-side rate limiting: a token bucket that lets a burst of up to <see cref="Requests"/> requests through and then
/// refills at <see cref="Requests"/> per <see cref="Window"/>, so that a burst queues instead of earning 429s.
/// </summary>
/// <param name="Requests">Requests allowed per window (and the burst size).</param>
/// <param name="Window">The window.</param>
public sealed record RateLimitOptions(int Requests, TimeSpan Window)
{
    /// <summary>Clerk's documented limit for production instances: 1,000 requests per 10 seconds.</summary>
    public static readonly RateLimitOptions Production = new(1000, TimeSpan.FromSeconds(10));

    /// <summary>Clerk's documented limit for development instances: 100 requests per 10 seconds.</summary>
    public static readonly RateLimitOptions Development = new(100, TimeSpan.FromSeconds(10));

    /// <summary>The limit for the instance a secret key belongs to: development for <c>sk_test_</c>, production otherwise.</summary>
    /// <param name="secretKey">The secret key.</param>
    public static RateLimitOptions ForSecretKey(string? secretKey) =>
        secretKey is not null && secretKey.StartsWith("sk_test_", StringComparison.Ordinal) ? Development : Production;
}

/// <summary>A thread-safe token bucket. Each request reserves a token (the balance may go negative) and waits until its
/// token would have been refilled, which queues requests in arrival order.</summary>
public sealed class TokenBucket
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly double _capacity;
    private readonly double _perSecond;
    private double _tokens;
    private long _last;

    /// <summary>Creates a full bucket.</summary>
    /// <param name="options">Capacity and refill rate.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public TokenBucket(RateLimitOptions options, TimeProvider? time = null)
    {
        if (options.Requests <= 0 || options.Window <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "A rate limit needs a positive number of requests and a positive window.");
        _time = time ?? TimeProvider.System;
        _capacity = options.Requests;
        _perSecond = options.Requests / options.Window.TotalSeconds;
        _tokens = _capacity;
        _last = _time.GetTimestamp();
    }

    /// <summary>Takes a token and returns how long to wait before using it (zero when one was available).</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + _time.GetElapsedTime(_last, now).TotalSeconds * _perSecond);
            _last = now;
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _perSecond);
        }
    }

    /// <summary>Gives back a reserved token that was not used (the caller cancelled while waiting).</summary>
    public void Return()
    {
        lock (_gate) _tokens = Math.Min(_capacity, _tokens + 1);
    }

    /// <summary>Waits for a token.</summary>
    /// <param name="cancellationToken">Stops waiting (the token is returned).</param>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        if (wait <= TimeSpan.Zero) return;
        try
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Return();
            throw;
        }
    }
}

/// <summary>Decorates a runner so that every request first takes a token from a shared <see cref="TokenBucket"/>.</summary>
public sealed class RateLimitingRunner : IClerkRunner
{
    private readonly IClerkRunner _inner;
    private readonly TokenBucket _bucket;

    /// <summary>Creates the decorator.</summary>
    /// <param name="inner">The runner that sends.</param>
    /// <param name="bucket">The bucket, shared by everything that should count against the same limit.</param>
    public RateLimitingRunner(IClerkRunner inner, TokenBucket bucket)
    {
        _inner = inner;
        _bucket = bucket;
    }

    /// <inheritdoc />
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Prelude.Aff(async () =>
        {
            await _bucket.AcquireAsync(cancellationToken).ConfigureAwait(false);
            return Prelude.unit;
        }).Bind(_ => _inner.Send(request, cancellationToken));
}
