using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;

namespace Clerk.Functional.Transport;

/// <summary>
/// Tracing and metrics through <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Clerk.Functional</c>.
/// One span per attempt, named <c>METHOD /route/{id}</c>, with the method, the route template (identifiers replaced by
/// <c>{id}</c>), the status, the attempt number and Clerk's trace id. Never a secret, a query value or a body.
/// </summary>
public static class ClerkDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Clerk.Functional";

    private static readonly string Version = typeof(ClerkDiagnostics).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The activity source: one <see cref="ActivityKind.Client"/> span per attempt.</summary>
    public static readonly ActivitySource Source = new(Name, Version);

    /// <summary>The meter.</summary>
    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Attempts sent, tagged with method, route, status (or error type) and attempt.</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("clerk.client.requests", "{request}", "Backend API attempts sent");

    /// <summary>Attempt duration in seconds, tagged like <see cref="Requests"/>.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("clerk.client.request.duration", "s", "Backend API attempt duration");

    /// <summary>Retries scheduled, tagged with method, route and the reason (status or error type).</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>("clerk.client.retries", "{retry}", "Backend API retries scheduled");

    private static readonly AsyncLocal<int> CurrentAttempt = new();

    /// <summary>Marks the attempt number for spans started below (used by <see cref="RetryingRunner"/>).</summary>
    /// <param name="attempt">The 1-based attempt.</param>
    public static IDisposable EnterAttempt(int attempt)
    {
        var previous = CurrentAttempt.Value;
        CurrentAttempt.Value = attempt;
        return new Restore(() => CurrentAttempt.Value = previous);
    }

    /// <summary>The attempt being made (1 outside a retry loop).</summary>
    public static int Attempt => CurrentAttempt.Value == 0 ? 1 : CurrentAttempt.Value;

    /// <summary>The span name for a request: method and route template.</summary>
    /// <param name="request">The request.</param>
    public static string SpanName(ClerkRequest request) => $"{Method(request)} {request.Path.Template}";

    /// <summary>What identifies an outcome in tags: the status code, or the error case.</summary>
    /// <param name="outcome">The outcome.</param>
    public static string OutcomeTag(Either<ClerkError, ClerkResponse> outcome) =>
        outcome.Match(Right: r => r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), Left: e => e.GetType().Name);

    internal static void RecordRetry(ClerkRequest request, Either<ClerkError, ClerkResponse> outcome, TimeSpan delay)
    {
        Retries.Add(1,
            new KeyValuePair<string, object?>("http.request.method", Method(request)),
            new KeyValuePair<string, object?>("url.template", request.Path.Template),
            new KeyValuePair<string, object?>("clerk.retry.reason", OutcomeTag(outcome)));
        Activity.Current?.AddEvent(new ActivityEvent("clerk.retry", tags: new ActivityTagsCollection
        {
            ["clerk.retry.reason"] = OutcomeTag(outcome),
            ["clerk.retry.delay_ms"] = (long)delay.TotalMilliseconds,
        }));
    }

    internal static string Method(ClerkRequest request) => request.Verb.ToString().ToUpperInvariant();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

/// <summary>Decorates a runner with one span and one set of metrics per attempt (see <see cref="ClerkDiagnostics"/>).</summary>
public sealed class TracingRunner : IClerkRunner
{
    private readonly IClerkRunner _inner;

    /// <summary>Creates the decorator.</summary>
    /// <param name="inner">The runner that sends.</param>
    public TracingRunner(IClerkRunner inner) => _inner = inner;

    /// <inheritdoc />
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Prelude.Aff(() => new ValueTask<Either<ClerkError, ClerkResponse>>(SendAsync(request, cancellationToken)));

    private async Task<Either<ClerkError, ClerkResponse>> SendAsync(ClerkRequest request, CancellationToken cancellationToken)
    {
        var method = ClerkDiagnostics.Method(request);
        var attempt = ClerkDiagnostics.Attempt;
        using var activity = ClerkDiagnostics.Source.StartActivity(ClerkDiagnostics.SpanName(request), ActivityKind.Client);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.template", request.Path.Template);
        activity?.SetTag("clerk.attempt", attempt);
        var started = Stopwatch.GetTimestamp();
        string outcomeTag = "cancelled";
        try
        {
            var outcome = (await _inner.Send(request, cancellationToken).Run().ConfigureAwait(false)).ThrowIfFail();
            outcomeTag = ClerkDiagnostics.OutcomeTag(outcome);
            if (activity is not null) Describe(activity, outcome);
            return outcome;
        }
        catch (OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
            activity?.SetTag("error.type", "cancelled");
            throw;
        }
        finally
        {
            var tags = new TagList
            {
                { "http.request.method", method },
                { "url.template", request.Path.Template },
                { "clerk.outcome", outcomeTag },
                { "clerk.attempt", attempt },
            };
            ClerkDiagnostics.Requests.Add(1, tags);
            ClerkDiagnostics.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static void Describe(Activity activity, Either<ClerkError, ClerkResponse> outcome) =>
        outcome.Match(
            Right: response =>
            {
                activity.SetTag("http.response.status_code", response.Status);
                if (response.Status >= 400)
                {
                    var error = Decode.ApiError(response);
                    activity.SetStatus(ActivityStatusCode.Error);
                    activity.SetTag("error.type", response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (error.TraceId.Length > 0) activity.SetTag("clerk.trace_id", error.TraceId);
                    if (error.Code is { } code) activity.SetTag("clerk.error.code", code);
                }
                else
                {
                    response.Header("cf-ray").IfSome(ray => activity.SetTag("clerk.trace_id", ray));
                }
            },
            Left: error =>
            {
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
                activity.SetTag("error.type", error.GetType().Name);
            });
}
