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
    private readonly ConcurrentQueue<CapturedRequest> _captured = new();

    public IReadOnlyList<CapturedRequest> Captured => _captured.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
