using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Clerk.Conformance;

/// <summary>One part of a captured multipart body.</summary>
public sealed record CapturedPart(string Name, string? FileName, string? ContentType, byte[] Bytes);

/// <summary>A request as it left the live runner: what the wire would carry.</summary>
public sealed record CapturedRequest(
    string Method,
    string Path,
    string RawQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    byte[] Body,
    IReadOnlyList<CapturedPart>? Parts);

/// <summary>An in-process handler under the real HttpRunner: records each request and answers like the vectors' capture server.</summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    // Each request is held briefly so that requests sent concurrently are seen in flight together; requests sent one
    // after the other never overlap. That tells a parallel call (whose order on the wire is arbitrary) from a sequence.
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(30);
    private readonly ConcurrentQueue<CapturedRequest> _captured = new();
    private int _inFlight;
    private int _overlapped;

    public IReadOnlyList<CapturedRequest> Captured => _captured.ToList();

    /// <summary>True when at least two requests were in flight at the same time.</summary>
    public bool SawConcurrentRequests => Volatile.Read(ref _overlapped) == 1;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _inFlight) > 1) Volatile.Write(ref _overlapped, 1);
        try
        {
            await Task.Delay(Hold, cancellationToken);
            return await Answer(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task<HttpResponseMessage> Answer(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key.ToLowerInvariant(), v))).ToList();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var parts = request.Content is MultipartFormDataContent form ? await PartsOf(form) : null;
        _captured.Enqueue(new CapturedRequest(
            request.Method.Method, uri.AbsolutePath, uri.Query, headers,
            request.Content?.Headers.ContentType?.ToString(), body, parts));
        var answer = uri.AbsolutePath.EndsWith("/email/batch") ? "[]" : "{\"object\":\"capture\",\"id\":\"capture_1\"}";
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(answer, Encoding.UTF8, "application/json"),
        };
    }

    private static async Task<IReadOnlyList<CapturedPart>> PartsOf(MultipartFormDataContent form)
    {
        var parts = new List<CapturedPart>();
        foreach (var part in form)
        {
            var disposition = part.Headers.ContentDisposition;
            parts.Add(new CapturedPart(
                Unquote(disposition?.Name) ?? "",
                Unquote(disposition?.FileName),
                part.Headers.ContentType?.ToString(),
                await part.ReadAsByteArrayAsync()));
        }
        return parts;
    }

    private static string? Unquote(string? s) => s is { Length: >= 2 } && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s;

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
