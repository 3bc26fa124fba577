using System.Collections;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.CSharp;
using Clerk.Functional.Options;
using Clerk.Functional.Transport;

namespace Clerk.Conformance;

/// <summary>
/// Calls every facade method once over real HTTP against a validating mock of Clerk's specification (Prism in dynamic
/// mode), with each method's first recorded <c>@clerk/backend</c> call as its arguments, and checks three things:
/// the mock accepted each request (no request violation in its <c>sl-violations</c> header), each answer was 2xx,
/// and the result was decoded (every member the answer carries is set on the .NET value). Routes and parameters the
/// specification lacks are listed in the known deviations and show as DIFF.
/// Each request carries Prism's per-request seed (<c>__seed</c>, derived from the method's name), so the answers
/// are the same on every run. With a fixtures folder instead of a URL, the recorded answers are served from files
/// (no server), so the decoding checks also run where no mock runs.
/// </summary>
public sealed class LiveReplayer(JsonElement root, ISet<string> apis, IReadOnlyDictionary<string, string[]>? deviations, LiveTarget target)
{
    public async IAsyncEnumerable<CaseResult> Run()
    {
        var surface = root.GetProperty("surface").GetProperty("subApis");
        foreach (var api in surface.EnumerateObject().Where(a => apis.Count == 0 || apis.Contains(a.Name)))
            foreach (var method in api.Value.EnumerateArray().Select(m => m.GetString()!))
            {
                var calls = Calls(api.Name, method);
                if (calls.Count == 0)
                {
                    yield return CaseResult.Fail($"{Prefix}.{api.Name}.{method}", "no recorded call of this method sends a request");
                    continue;
                }
                // The recorded calls in order, until one whose argument values the specification allows (a vector may
                // pass a value, such as permissions "read:profile", that the specification's enum refuses).
                (CaseResult? Result, bool Refused) verdict = (null, false);
                var used = calls[0];
                foreach (var c in calls)
                {
                    var outcome = await Call(api.Name, method, c);
                    if (verdict.Result is null || !outcome.Refused) (verdict, used) = (outcome, c);
                    if (!outcome.Refused) break;
                }
                yield return verdict.Result!;
                var pager = await CallAutoPaging(api.Name, method, used);
                if (pager is not null) yield return pager;
            }
    }

    private string Prefix => target.Fixtures is null ? "live" : "recorded";

    // The recorded calls that sent a request, those @clerk/backend completed first.
    private List<JsonElement> Calls(string api, string method) =>
        root.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("api").GetString() == api && c.GetProperty("method").GetString() == method && c.GetProperty("requests").GetArrayLength() > 0)
            .OrderBy(c => c.GetProperty("sdk").GetProperty("ok").GetBoolean() ? 0 : 1)
            .ToList();

    private async Task<(CaseResult Result, bool Refused)> Call(string api, string method, JsonElement c)
    {
        var name = $"{Prefix}.{api}.{method}";
        var exchange = new ExchangeHandler(target, $"{api}.{method}");
        try
        {
            var client = Client(c.GetProperty("client").GetString()!, exchange);
            var (facade, info) = FacadeMethod(client, api, method + "Async", c.GetProperty("args").GetArrayLength());
            var task = (Task)info.Invoke(facade, ArgumentBinder.Bind(info.GetParameters(), c.GetProperty("args")))!;
            Exception? thrown = null;
            try { await task; }
            catch (Exception e) { thrown = e; }
            var result = thrown is null && task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            return (Verdict(name, $"{api}.{method}", exchange, thrown, result, hasResult: task.GetType().IsGenericType && task.GetType().GetGenericArguments()[0].Name != "VoidTaskResult"),
                exchange.Exchanges.Any(x => x.RequestViolations.Count > 0));
        }
        catch (Exception e)
        {
            while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
            return (CaseResult.Fail(name, $"threw {e.GetType().Name}: {e.Message}"), false);
        }
    }

    // A paginated list's streaming twin: the first item of the stream, with no filters.
    private async Task<CaseResult?> CallAutoPaging(string api, string method, JsonElement c)
    {
        var probe = Client("default", new ExchangeHandler(target, ""));
        var sub = SubApi(probe, api);
        var info = sub?.GetType().GetMethod(Pascal(method) + "AutoPagingAsync");
        if (info is null) return null;
        var name = $"{Prefix}.{api}.{method}AutoPaging";
        var exchange = new ExchangeHandler(target, $"{api}.{method}AutoPaging");
        try
        {
            var client = Client(c.GetProperty("client").GetString()!, exchange);
            var stream = info.Invoke(SubApi(client, api), ArgumentBinder.Bind(info.GetParameters(), c.GetProperty("args")))!;
            var itemType = stream.GetType().GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)).GetGenericArguments()[0];
            var first = typeof(LiveReplayer).GetMethod(nameof(FirstItem), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(itemType);
            var item = await (Task<object?>)first.Invoke(null, [stream])!;
            return Verdict(name, $"{api}.{method}", exchange, null, item, hasResult: false, firstItemOnly: true);
        }
        catch (Exception e)
        {
            while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
            return Verdict(name, $"{api}.{method}", exchange, e, null, hasResult: false);
        }
    }

    private static async Task<object?> FirstItem<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream) return item;
        return null;
    }

    private CaseResult Verdict(string name, string method, ExchangeHandler exchange, Exception? thrown, object? result, bool hasResult, bool firstItemOnly = false)
    {
        var listed = deviations?.GetValueOrDefault(method) ?? [];
        var rejected = exchange.Exchanges.Where(x => x.RequestViolations.Count > 0).ToList();
        if (rejected.Count > 0)
        {
            var text = string.Join("; ", rejected.SelectMany(x => x.RequestViolations).Distinct());
            return listed.Length > 0
                ? CaseResult.Diff(name, $"the mock refused the request as @clerk/backend sends it ({text}); see docs/differences.md: requests beyond the specification")
                : CaseResult.Fail(name, $"the mock refused the request: {text}");
        }
        var missing = exchange.Exchanges.FirstOrDefault(x => x.Status == 404);
        if (missing is not null && listed.Any(l => l.StartsWith("no operation ", StringComparison.Ordinal)))
            return CaseResult.Diff(name, $"{missing.Method} {missing.Path} is not in the specification; see docs/differences.md: requests beyond the specification");
        // A 2xx answer that the SDK read and then refused as a verification outcome (an inactive token) is a decoded answer.
        if (thrown is ClerkException { Error: Clerk.Functional.Errors.ClerkError.TokenVerification } && exchange.Exchanges.All(x => x.Status is >= 200 and < 300))
            return CaseResult.Pass(name);
        if (thrown is not null)
            return CaseResult.Fail(name, $"threw {thrown.GetType().Name}: {thrown.Message} ({string.Join(", ", exchange.Exchanges.Select(x => $"{x.Method} {x.Path} → {x.Status}"))})");
        if (exchange.Exchanges.Count == 0) return CaseResult.Fail(name, "sent no request");
        var body = exchange.Exchanges[0].Body;
        if (firstItemOnly && body.Length > 0)
        {
            using var page = JsonDocument.Parse(body);
            var items = page.RootElement.ValueKind == JsonValueKind.Array ? page.RootElement
                : page.RootElement.TryGetProperty("data", out var data) ? data : default;
            body = items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0 ? Encoding.UTF8.GetBytes(items[0].GetRawText()) : [];
        }
        if (hasResult && result is null) return CaseResult.Fail(name, "returned null");
        if (result is not null && body.Length > 0)
        {
            using var doc = JsonDocument.Parse(body);
            var problems = Decoding.Unread(result, doc.RootElement, "result", 0).Take(5).ToList();
            // A route the specification lacks but one of its path templates matches: the mock answers that other operation.
            var unspecified = listed.FirstOrDefault(l => l.StartsWith("route ", StringComparison.Ordinal));
            if (problems.Count > 0 && unspecified is not null)
                return CaseResult.Diff(name, $"the mock answered another operation: {unspecified}; see docs/differences.md: requests beyond the specification");
            if (problems.Count > 0) return CaseResult.Fail(name, "not decoded: " + string.Join("; ", problems));
        }
        return CaseResult.Pass(name);
    }

    private ClerkClient Client(string client, ExchangeHandler handler)
    {
        var o = root.GetProperty("clients").GetProperty(client);
        string? Get(string n) => o.TryGetProperty(n, out var v) ? v.GetString() : null;
        return new ClerkClient(new ClerkClientOptions
        {
            SecretKey = Get("secretKey"),
            MachineSecretKey = Get("machineSecretKey"),
            ApiUrl = target.BaseUrl,
            Retry = RetryPolicy.None,
        }, handler);
    }

    private static object? SubApi(ClerkClient client, string api)
    {
        var name = Pascal(api.StartsWith("__experimental_", StringComparison.Ordinal) ? api["__experimental_".Length..] : api);
        return typeof(ClerkClient).GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.GetValue(client);
    }

    private static (object Facade, MethodInfo Method) FacadeMethod(ClerkClient client, string api, string jsMethodAsync, int argCount)
    {
        var sub = SubApi(client, api) ?? throw new InvalidOperationException($"no facade sub-API {api}");
        var method = sub.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == Pascal(jsMethodAsync))
            .OrderBy(m => Math.Abs(m.GetParameters().Count(p => p.ParameterType != typeof(CancellationToken)) - argCount))
            .FirstOrDefault() ?? throw new InvalidOperationException($"no facade method {api}.{Pascal(jsMethodAsync)}");
        return (sub, method);
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}

/// <summary>Where the live replay sends: a mock server, or recorded answers in a folder (optionally recording them).</summary>
/// <param name="BaseUrl">The API URL the client is configured with.</param>
/// <param name="Fixtures">A folder of recorded answers to serve instead of sending, or null.</param>
/// <param name="Record">A folder to write each answer to, or null.</param>
public sealed record LiveTarget(string BaseUrl, string? Fixtures, string? Record);

/// <summary>One request and its answer, as the replay saw them.</summary>
public sealed record Exchange(string Method, string Path, int Status, IReadOnlyList<string> RequestViolations, byte[] Body);

/// <summary>Sends each request with Prism's per-request seed and keeps what came back; or answers from fixture files.</summary>
public sealed class ExchangeHandler(LiveTarget target, string method) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
{
    private readonly List<Exchange> _exchanges = [];

    public IReadOnlyList<Exchange> Exchanges { get { lock (_exchanges) return _exchanges.ToList(); } }

    // FNV-1a of the method's name: a stable seed per method, whatever else runs.
    private uint Seed => method.Aggregate(2166136261u, (h, ch) => (h ^ ch) * 16777619u) % 100_000;

    private string FixtureName(HttpRequestMessage request) =>
        $"{method}.{request.Method.Method}{request.RequestUri!.AbsolutePath.Replace('/', '_')}.json";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Exchange exchange;
        if (target.Fixtures is { } folder)
        {
            var file = Path.Combine(folder, FixtureName(request));
            exchange = File.Exists(file)
                ? Recorded.Read(request.Method.Method, path, await File.ReadAllBytesAsync(file, cancellationToken))
                : new Exchange(request.Method.Method, path, 599, [$"no recorded answer {FixtureName(request)}"], []);
        }
        else
        {
            var builder = new UriBuilder(request.RequestUri!);
            builder.Query = (builder.Query.Length > 1 ? builder.Query[1..] + "&" : "") + "__seed=" + Seed;
            request.RequestUri = builder.Uri;
            using var sent = await base.SendAsync(request, cancellationToken);
            exchange = new Exchange(request.Method.Method, path, (int)sent.StatusCode, RequestViolations(sent),
                await sent.Content.ReadAsByteArrayAsync(cancellationToken));
            if (target.Record is { } record)
            {
                Directory.CreateDirectory(record);
                await File.WriteAllTextAsync(Path.Combine(record, FixtureName(request)), Recorded.Write(exchange), cancellationToken);
            }
        }
        Keep(exchange);
        return new HttpResponseMessage((System.Net.HttpStatusCode)exchange.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(exchange.Body) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") } },
        };
    }

    private void Keep(Exchange exchange) { lock (_exchanges) _exchanges.Add(exchange); }

    // Constraints on the values a caller chose (the vectors' ids such as user_123 do not match the specification's id
    // patterns), not on the shape of what the SDK sends.
    private static readonly string[] ValueConstraints = ["pattern", "minLength", "maxLength", "format"];

    // Prism lists violations of the request and of its own generated answer in one header; only the request's shape counts.
    private static IReadOnlyList<string> RequestViolations(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("sl-violations", out var values)) return [];
        using var doc = JsonDocument.Parse(string.Concat(values));
        return doc.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("location").EnumerateArray().FirstOrDefault().GetString() == "request")
            .Where(v => !ValueConstraints.Contains(v.GetProperty("code").GetString()))
            .Select(v => v.GetProperty("message").GetString() ?? "")
            .ToList();
    }
}

/// <summary>A recorded answer: <c>{"status": n, "request_violations": [...], "body": ...}</c>, the body pretty-printed.</summary>
public static class Recorded
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Exchange exchange)
    {
        var body = exchange.Body.Length == 0 ? (JsonElement?)null : JsonDocument.Parse(exchange.Body).RootElement.Clone();
        return JsonSerializer.Serialize(new { status = exchange.Status, request_violations = exchange.RequestViolations, body }, Indented) + "\n";
    }

    public static Exchange Read(string method, string path, byte[] file)
    {
        using var doc = JsonDocument.Parse(file);
        var root = doc.RootElement;
        var body = root.GetProperty("body");
        return new Exchange(method, path, root.GetProperty("status").GetInt32(),
            root.GetProperty("request_violations").EnumerateArray().Select(v => v.GetString()!).ToList(),
            body.ValueKind == JsonValueKind.Null ? [] : Encoding.UTF8.GetBytes(body.GetRawText()));
    }
}

/// <summary>Checks that a decoded value carries what its JSON carried: every member the answer sets is set on the value.</summary>
public static class Decoding
{
    public static IEnumerable<string> Unread(object? value, JsonElement json, string path, int depth)
    {
        if (depth > 5 || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) yield break;
        if (value is null)
        {
            yield return $"{path} is null, the answer has a {json.ValueKind}";
            yield break;
        }
        var type = value.GetType();
        if (value is JsonElement || type.IsPrimitive || type.IsEnum || value is DateTimeOffset or decimal) yield break;
        if (value is string s)
        {
            if (s.Length == 0 && json.ValueKind == JsonValueKind.String && json.GetString()!.Length > 0) yield return $"{path} is empty, the answer has \"{json.GetString()}\"";
            yield break;
        }
        if (type.IsValueType) yield break; // open enums and other small values decode or fail as a whole
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Clerk.Functional.Http.PaginatedResourceResponse<>))
        {
            var data = type.GetProperty("Data")!.GetValue(value);
            var items = json.ValueKind == JsonValueKind.Array ? json : json.TryGetProperty("data", out var d) ? d : default;
            if (items.ValueKind != JsonValueKind.Undefined)
                foreach (var p in Unread(data, items, path + ".Data", depth + 1)) yield return p;
            yield break;
        }
        if (value is IEnumerable list && value is not IDictionary)
        {
            if (json.ValueKind != JsonValueKind.Array) yield break;
            var first = list.Cast<object?>().FirstOrDefault();
            if (json.GetArrayLength() > 0 && first is null) yield return $"{path} is empty, the answer has {json.GetArrayLength()} items";
            else if (json.GetArrayLength() > 0)
                foreach (var p in Unread(first, json[0], path + "[0]", depth + 1)) yield return p;
            yield break;
        }
        if (json.ValueKind != JsonValueKind.Object || value is IDictionary) yield break;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToLookup(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));
        var keepsUnknown = properties.SelectMany(p => p).Any(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);
        foreach (var member in json.EnumerateObject())
        {
            var property = properties[member.Name].FirstOrDefault();
            if (property is null)
            {
                if (!keepsUnknown && member.Value.ValueKind != JsonValueKind.Null) yield return $"{path}: the answer's \"{member.Name}\" has no member in {type.Name}";
                continue;
            }
            if (!property.GetMethod!.IsPublic) continue;
            foreach (var p in Unread(property.GetValue(value), member.Value, $"{path}.{property.Name}", depth + 1)) yield return p;
        }
    }
}
