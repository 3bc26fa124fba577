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
/// Redirects are not followed by the pooled client: a 3xx is an API error. A response that came from another origin
/// (a given client that follows redirects) is discarded as a transport error. A body that its <c>Content-Encoding</c>
/// misdescribes is an undecodable response. The secret keys and the request's bearer token are replaced by
/// <c>[REDACTED]</c> in the body, headers and reason phrase of every non-2xx response, so that a server or proxy that
/// echoes them cannot put them into an error message.
/// </summary>
public sealed class HttpRunner : IClerkRunner
{
    private static readonly Lazy<HttpClient> Shared = new(() => new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        AllowAutoRedirect = false,
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
    /// the handler is not disposed by the runner. A handler whose primary handler follows redirects
    /// (<c>AllowAutoRedirect</c>, on by default in .NET) makes every request a <c>Configuration</c> error: a redirect
    /// would resend the request, its body included, wherever the server points. Set <c>AllowAutoRedirect = false</c>.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="handler">The handler.</param>
    public HttpRunner(ClerkClientOptions options, HttpMessageHandler handler)
        : this(options, new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan })
    {
        if (FollowsRedirects(handler))
            _validOptions = Left<ClerkError, ClerkClientOptions>(new ClerkError.Configuration(
                "The HTTP handler follows redirects (AllowAutoRedirect is true), which would resend a request, its body included, " +
                "to wherever a redirect points. Set AllowAutoRedirect = false on its primary handler."));
    }

    // The primary handler at the end of a delegating chain, when it is one of .NET's.
    private static bool FollowsRedirects(HttpMessageHandler handler)
    {
        var primary = handler;
        while (primary is DelegatingHandler { InnerHandler: { } inner }) primary = inner;
        return primary switch
        {
            SocketsHttpHandler sockets => sockets.AllowAutoRedirect,
            HttpClientHandler client => client.AllowAutoRedirect,
            _ => false,
        };
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
        var origin = message.RequestUri!.GetLeftPart(UriPartial.Authority);
        var secrets = Secrets(message);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.RequestMessage?.RequestUri is { } answered && !string.Equals(answered.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
                return Left<ClerkError, ClerkResponse>(new ClerkError.Transport(
                    "The HTTP client followed a redirect to another origin; the answer was discarded. Set AllowAutoRedirect = false on its handler.",
                    "Redirect"));
            var status = (int)response.StatusCode;
            byte[] body;
            try
            {
                body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            }
            // Decompression fails this way: gzip and deflate with InvalidDataException, Brotli with InvalidOperationException.
            // (The handler has removed the Content-Encoding header by then, so the encoding cannot be named.)
            catch (Exception e) when (e is System.IO.InvalidDataException ||
                                      (e is InvalidOperationException && e.TargetSite?.DeclaringType?.Namespace == "System.IO.Compression"))
            {
                return Left<ClerkError, ClerkResponse>(new ClerkError.Undecodable(status,
                    "the body could not be decompressed: it is not what its Content-Encoding says"));
            }
            var headers = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new HeaderValue(h.Key, v)))
                .ToArray();
            var received = new ClerkResponse(status, ValueList.Create<HeaderValue>(headers), body, response.ReasonPhrase);
            return Right<ClerkError, ClerkResponse>(Decode.IsSuccess(status) ? received : SecretRedaction.Scrub(received, secrets));
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

    // The keys this request could carry: the options' keys and the bearer token actually sent (a per-call machine key).
    private string[] Secrets(HttpRequestMessage message) =>
        new[] { _options.SecretKey, _options.MachineSecretKey, message.Headers.Authorization?.Parameter }
            .Where(s => !string.IsNullOrEmpty(s)).Distinct().ToArray()!;
}
