using System.Text;
using System.Text.Json;

namespace Clerk.Conformance;

public sealed record Problem(string Text, bool Documented);

/// <summary>Compares a recorded request with a captured one, member by member, as the vectors' README prescribes.</summary>
public static class RequestComparer
{
    // Headers the transport adds or that are compared through their own member.
    private static readonly HashSet<string> Standard = ["authorization", "clerk-api-version", "content-type", "user-agent", "content-length", "host"];

    public static List<Problem> Compare(JsonElement expected, CapturedRequest actual)
    {
        var problems = new List<Problem>();
        var method = expected.GetProperty("method").GetString();
        if (method != actual.Method) problems.Add(new($"method {actual.Method}, expected {method}", false));

        var path = expected.GetProperty("path").GetString()!;
        var rawQuery = expected.GetProperty("rawQuery").GetString()!;
        var query = expected.GetProperty("query").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
        var actualQuery = ParseQuery(actual.RawQuery);
        if (path != actual.Path || !query.SequenceEqual(actualQuery))
            problems.Add(PathOrQueryProblem(path, rawQuery, query, actual, actualQuery));

        CompareHeaders(expected, actual, problems);
        CompareBody(expected.GetProperty("body"), actual, problems);
        return problems;
    }

    private static Problem PathOrQueryProblem(string path, string rawQuery, List<(string, string)> query, CapturedRequest actual, List<(string, string)> actualQuery)
    {
        // ids: @clerk/backend joins ids into the path raw, so "/" adds a segment and "?" starts a query;
        // this SDK percent-encodes each id. Same characters, different route: documented in docs/differences.md.
        if (Uri.UnescapeDataString(path + rawQuery) == Uri.UnescapeDataString(actual.Path + actual.RawQuery) && path != actual.Path)
            return new($"ids are percent-encoded inside their segment: {actual.Path}{actual.RawQuery} where @clerk/backend sends {path}{rawQuery} (docs/differences.md: identifiers)", true);
        return new($"{actual.Method} {actual.Path}{actual.RawQuery}, expected {path}{rawQuery}", false);
    }

    public static List<(string, string)> ParseQuery(string raw) =>
        raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (FormDecode(kv[0]), kv.Length > 1 ? FormDecode(kv[1]) : ""))
            .ToList();

    private static string FormDecode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));

    private static void CompareHeaders(JsonElement expected, CapturedRequest actual, List<Problem> problems)
    {
        string? Actual(string name) => name == "content-type"
            ? NormalizeBoundary(actual.ContentType)
            : actual.Headers.Where(h => h.Key == name).Select(h => h.Value).FirstOrDefault();

        // The recorded headers are authorization, clerk-api-version and content-type; one that was not recorded was not sent.
        var recorded = expected.GetProperty("headers");
        foreach (var name in new[] { "authorization", "clerk-api-version", "content-type" })
        {
            var want = recorded.TryGetProperty(name, out var value)
                ? (name == "content-type" ? NormalizeBoundary(value.GetString()) : value.GetString())
                : null;
            var got = Actual(name);
            if (want != got) problems.Add(new($"header {name}: \"{Redact(got)}\", expected \"{Redact(want)}\"", false));
        }

        var expectedExtra = expected.TryGetProperty("extraHeaders", out var extra)
            ? extra.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString())
            : [];
        var actualExtra = actual.Headers
            .Where(h => !Standard.Contains(h.Key) || (h.Key == "user-agent" && h.Value != Clerk.Functional.Http.HttpRequestBuilder.DefaultUserAgent))
            .ToDictionary(h => h.Key, h => (string?)h.Value);
        foreach (var key in expectedExtra.Keys.Union(actualExtra.Keys))
        {
            expectedExtra.TryGetValue(key, out var want);
            actualExtra.TryGetValue(key, out var got);
            if (want != got) problems.Add(new($"extra header {key}: \"{got}\", expected \"{want}\"", false));
        }
    }

    private static string Redact(string? value) =>
        value is not null && value.StartsWith("Bearer ", StringComparison.Ordinal) ? "Bearer …" + value[^4..] : value ?? "(none)";

    private static string? NormalizeBoundary(string? contentType)
    {
        if (contentType is null) return null;
        var i = contentType.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? contentType : contentType[..(i + "boundary=".Length)] + "{boundary}";
    }

    private static void CompareBody(JsonElement expected, CapturedRequest actual, List<Problem> problems)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            if (actual.Body.Length > 0) problems.Add(new($"sent a body ({actual.Body.Length} bytes), expected none", false));
            return;
        }
        if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("multipart", out var parts))
        {
            CompareMultipart(parts, actual, problems);
            return;
        }
        if (actual.Body.Length == 0)
        {
            problems.Add(new($"sent no body, expected {expected.GetRawText()}", false));
            return;
        }
        using var doc = JsonDocument.Parse(actual.Body);
        if (!JsonEquals(expected, doc.RootElement))
            problems.Add(new($"body {Encoding.UTF8.GetString(actual.Body)}, expected {expected.GetRawText()}", false));
    }

    private static void CompareMultipart(JsonElement expected, CapturedRequest actual, List<Problem> problems)
    {
        var want = expected.EnumerateArray().ToList();
        var got = actual.Parts ?? [];
        if (want.Count != got.Count)
        {
            problems.Add(new($"{got.Count} multipart parts, expected {want.Count}", false));
            return;
        }
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var g = got[i];
            string? S(string member) => w.TryGetProperty(member, out var v) ? v.GetString() : null;
            if (S("name") != g.Name) problems.Add(new($"part {i} name {g.Name}, expected {S("name")}", false));
            if (S("filename") != g.FileName) problems.Add(new($"part {i} filename {g.FileName}, expected {S("filename")}", false));
            if (S("contentType") is { } ct && ct != g.ContentType) problems.Add(new($"part {i} content type {g.ContentType}, expected {ct}", false));
            if (w.TryGetProperty("size", out var size) && size.GetInt32() != g.Bytes.Length) problems.Add(new($"part {i} size {g.Bytes.Length}, expected {size}", false));
            if (S("sha256") is { } sha && sha != CapturingHandler.Sha256Hex(g.Bytes)) problems.Add(new($"part {i} sha256 differs", false));
            if (S("value") is { } value && S("sha256") is null && value != Encoding.UTF8.GetString(g.Bytes)) problems.Add(new($"part {i} value differs", false));
        }
    }

    /// <summary>JSON equality: members as sets (the last of duplicate names wins, as JSON.parse keeps it), arrays
    /// in order, numbers by value.</summary>
    public static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind) return false;
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var am = Members(a);
                var bm = Members(b);
                return am.Count == bm.Count && am.All(p => bm.TryGetValue(p.Key, out var v) && JsonEquals(p.Value, v));
            case JsonValueKind.Array:
                var aa = a.EnumerateArray().ToList();
                var ba = b.EnumerateArray().ToList();
                return aa.Count == ba.Count && Enumerable.Range(0, aa.Count).All(k => JsonEquals(aa[k], ba[k]));
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            case JsonValueKind.Number:
                return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetRawText() == b.GetRawText();
            default:
                return true;
        }
    }

    // An object's members as JSON.parse keeps them: the last of duplicate names wins.
    public static Dictionary<string, JsonElement> Members(JsonElement obj)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject()) members[p.Name] = p.Value;
        return members;
    }

}
