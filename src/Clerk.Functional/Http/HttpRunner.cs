using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Options;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>
/// The live runner: builds each message with <see cref="HttpRequestBuilder"/> and sends it through an
/// <see cref="HttpClient"/>: the one given, or one process-wide pooled client (never one per call).
/// </summary>
public sealed class HttpRunner : IClerkRunner
{
    private static readonly Lazy<HttpClient> Shared = new(() => new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    })
    {
        // Time-outs are applied per request from the options, distinct from the caller's cancellation.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    });

    private readonly ClerkClientOptions _options;
    private readonly Either<ClerkError, ClerkClientOptions> _validOptions;
    private readonly HttpClient _client;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">The client options (key, URL, version, user agent, time-out).</param>
    /// <param name="httpClient">An existing client, e.g. from <c>IHttpClientFactory</c>; the shared pooled client when null.</param>
    public HttpRunner(ClerkClientOptions options, HttpClient? httpClient = null)
    {
        _options = options;
        _validOptions = options.Validate();
        _client = httpClient ?? Shared.Value;
    }

    /// <summary>Creates a runner over a message handler (for example one built by <c>IHttpClientFactory</c>);
    /// the handler is not disposed by the runner.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="handler">The handler.</param>
    public HttpRunner(ClerkClientOptions options, HttpMessageHandler handler)
        : this(options, new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan })
    {
    }

    /// <summary>A runner over the same <see cref="HttpClient"/> with other options (another key or API URL).</summary>
    /// <param name="options">The options.</param>
    public HttpRunner WithOptions(ClerkClientOptions options) => new(options, _client);

    /// <inheritdoc />
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Aff(() => new ValueTask<Either<ClerkError, ClerkResponse>>(
            _validOptions.Bind(valid => HttpRequestBuilder.BuildValidated(valid, request)).MatchAsync(
                RightAsync: message => SendAsync(message, cancellationToken),
                Left: error => Left<ClerkError, ClerkResponse>(error))));

    private async Task<Either<ClerkError, ClerkResponse>> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        using var _ = message;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout != System.Threading.Timeout.InfiniteTimeSpan) timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var headers = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new HeaderValue(h.Key, v)))
                .ToArray();
            return Right<ClerkError, ClerkResponse>(new ClerkResponse((int)response.StatusCode, ValueList.Create<HeaderValue>(headers), body, response.ReasonPhrase));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Ours fired, or the given HttpClient's own Timeout did.
            return Left<ClerkError, ClerkResponse>(new ClerkError.Timeout(timeout.IsCancellationRequested ? _options.Timeout : _client.Timeout));
        }
        catch (HttpRequestException e)
        {
            return Left<ClerkError, ClerkResponse>(new ClerkError.Transport(e.HttpRequestError + ": " + e.Message, e.GetType().Name));
        }
        catch (System.IO.IOException e)
        {
            return Left<ClerkError, ClerkResponse>(new ClerkError.Transport(e.Message, e.GetType().Name));
        }
    }
}
