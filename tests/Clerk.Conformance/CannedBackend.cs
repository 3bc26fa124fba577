using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace Clerk.Conformance;

/// <summary>A request the canned Backend API received, as the vectors record it.</summary>
public sealed record BackendRequest(string Method, string Path, List<(string, string)> Query, Dictionary<string, string> Headers, string? Body);

/// <summary>
/// The vectors' fake Backend API, in process: answers <c>"METHOD /path"</c> from a case's canned responses
/// (<c>{status, body}</c> as JSON, or <c>{status, contentType, rawBody}</c> verbatim), anything else with the recorded
/// 404 fallback, and records every request.
/// </summary>
public sealed class CannedBackend(IReadOnlyDictionary<string, JsonElement> canned) : HttpMessageHandler
{
    private readonly List<BackendRequest> _requests = [];

    public IReadOnlyList<BackendRequest> Requests { get { lock (_requests) return _requests.ToList(); } }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var headers = new Dictionary<string, string>();
        if (request.Headers.Authorization is { } auth) headers["authorization"] = auth.ToString();
        if (request.Headers.TryGetValues("Clerk-API-Version", out var version)) headers["clerk-api-version"] = version.First();
        if (request.Content?.Headers.ContentType is { } type) headers["content-type"] = type.ToString();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_requests)
            _requests.Add(new BackendRequest(request.Method.Method, uri.AbsolutePath, RequestComparer.ParseQuery(uri.Query), headers,
                string.IsNullOrEmpty(body) ? null : body));

        var key = $"{request.Method.Method} {uri.AbsolutePath}";
        if (!canned.TryGetValue(key, out var answer))
            return Json(HttpStatusCode.NotFound, $"{{\"errors\":[{{\"code\":\"resource_not_found\",\"message\":\"no canned response for {key}\"}}]}}");
        var status = (HttpStatusCode)answer.GetProperty("status").GetInt32();
        if (answer.TryGetProperty("rawBody", out var raw))
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(raw.GetString() ?? "", Encoding.UTF8) };
            response.Content.Headers.Remove("Content-Type");
            if (answer.TryGetProperty("contentType", out var ct) && ct.GetString() is { Length: > 0 } contentType)
                response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return response;
        }
        return Json(status, answer.TryGetProperty("body", out var b) ? b.GetRawText() : "null");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return response;
    }

    /// <summary>Compares recorded requests with the expected <c>backendRequests</c>; null when they match.</summary>
    public static string? Compare(JsonElement expected, IReadOnlyList<BackendRequest> actual)
    {
        var want = expected.ValueKind == JsonValueKind.Array ? expected.EnumerateArray().ToList() : [];
        if (want.Count != actual.Count) return $"{actual.Count} backend requests, expected {want.Count}";
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var a = actual[i];
            if (w.GetProperty("method").GetString() != a.Method || w.GetProperty("path").GetString() != a.Path)
                return $"backend request {i + 1}: {a.Method} {a.Path}, expected {w.GetProperty("method").GetString()} {w.GetProperty("path").GetString()}";
            var query = w.GetProperty("query").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
            if (!query.SequenceEqual(a.Query)) return $"backend request {i + 1}: query differs";
            foreach (var name in new[] { "authorization", "clerk-api-version", "content-type" })
            {
                var wanted = w.GetProperty("headers").TryGetProperty(name, out var v) ? v.GetString() : null;
                a.Headers.TryGetValue(name, out var got);
                if (wanted != got) return $"backend request {i + 1}: header {name} differs";
            }
            var body = w.GetProperty("body");
            if (body.ValueKind == JsonValueKind.Null ? a.Body is not null
                : a.Body is null || !RequestComparer.JsonEquals(body, JsonDocument.Parse(a.Body).RootElement))
                return $"backend request {i + 1}: body differs";
        }
        return null;
    }
}

/// <summary>A clock frozen at the case's <c>nowMs</c>; timers (retry waits) still run in real time.</summary>
public sealed class FrozenClock(long nowMs) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(nowMs);
}
