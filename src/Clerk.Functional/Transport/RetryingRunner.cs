using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Transport;

/// <summary>
/// Decorates a runner with retries following a <see cref="RetryPolicy"/>. The last outcome is returned as it is, so a
/// final error still carries the last status, trace id and <c>Retry-After</c>. Waits use the given <see cref="TimeProvider"/>
/// and stop at once when the caller cancels.
/// </summary>
public sealed class RetryingRunner : IClerkRunner
{
    private readonly IClerkRunner _inner;
    private readonly RetryPolicy _policy;
    private readonly TimeProvider _time;

    /// <summary>Creates the decorator.</summary>
    /// <param name="inner">The runner that sends each attempt.</param>
    /// <param name="policy">When to retry.</param>
    /// <param name="time">The clock for waits and the total-time bound; the system clock when null.</param>
    public RetryingRunner(IClerkRunner inner, RetryPolicy policy, TimeProvider? time = null)
    {
        _inner = inner;
        _policy = policy;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Aff(() => new ValueTask<Either<ClerkError, ClerkResponse>>(SendAsync(request, cancellationToken)));

    private async Task<Either<ClerkError, ClerkResponse>> SendAsync(ClerkRequest request, CancellationToken cancellationToken)
    {
        if (_policy.Problem().Case is string problem) return Left<ClerkError, ClerkResponse>(new ClerkError.Configuration(problem));
        using var backoff = _policy.Backoff().Run().GetEnumerator();
        var started = _time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            Either<ClerkError, ClerkResponse> outcome;
            using (ClerkDiagnostics.EnterAttempt(attempt))
                outcome = (await _inner.Send(request, cancellationToken).Run().ConfigureAwait(false)).ThrowIfFail();
            var nextBackoff = backoff.MoveNext() ? Some((TimeSpan)backoff.Current) : None;
            var wait = _policy.NextDelay(request, outcome, attempt, nextBackoff, _time.GetElapsedTime(started), _time.GetUtcNow());
            if (wait.Case is not TimeSpan delay) return outcome;
            ClerkDiagnostics.RecordRetry(request, outcome, delay);
            if (delay > TimeSpan.Zero) await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
