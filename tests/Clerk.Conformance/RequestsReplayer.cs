using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Clerk.Functional;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using LanguageExt;

namespace Clerk.Conformance;

/// <summary>
/// Replays <c>requests.json</c>: calls each method through the live <see cref="HttpRunner"/> over a capturing handler and
/// compares what would go on the wire with the recorded request. Knows method names (by reflection), never case names.
/// With a <see cref="SpecChecker"/>, each case's requests are also checked against Clerk's OpenAPI specification
/// (<c>spec.&lt;case&gt;</c>); what <c>@clerk/backend</c> sends beyond it is listed per method in
/// <paramref name="deviations"/> and shows as DIFF.
/// </summary>
public sealed class RequestsReplayer(JsonElement root, ISet<string> apis, SpecChecker? spec = null, IReadOnlyDictionary<string, string[]>? deviations = null)
{
    public async IAsyncEnumerable<CaseResult> Run()
    {
        if (spec is not null) yield return SpecSelfCheck(spec);
        var surface = root.GetProperty("surface").GetProperty("subApis");
        foreach (var api in surface.EnumerateObject().Where(a => Selected(a.Name)))
            yield return SurfaceCase(api.Name, api.Value.EnumerateArray().Select(m => m.GetString()!).ToList());

        foreach (var c in root.GetProperty("cases").EnumerateArray().Where(c => Selected(c.GetProperty("api").GetString()!)))
        {
            var (result, outcome) = await Replay(c);
            yield return result;
            if (spec is not null && outcome is { Requests.Count: > 0 }) yield return SpecCase(c, outcome);
        }
    }

    // The checker must see what it is there to see: requests the specification does not allow.
    private static CaseResult SpecSelfCheck(SpecChecker checker)
    {
        CapturedRequest Request(string method, string path, string query = "", string? json = null) =>
            new(method, path, query, [], json is null ? null : "application/json", json is null ? [] : Encoding.UTF8.GetBytes(json), null);
        var expectations = new (CapturedRequest Request, string Finding)[]
        {
            (Request("GET", "/v1/users", "limit=1"), ""),
            (Request("GET", "/v1/nowhere"), "no operation GET /nowhere"),
            (Request("GET", "/v1/users", "limit=1&not_a_filter=1"), "query [not_a_filter] not declared on GET /users"),
            (Request("POST", "/v1/users", json: "{\"not_a_field\":1}"), "body [not_a_field] not declared on POST /users"),
            (Request("POST", "/v1/allowlist_identifiers", json: "{}"), "required body [identifier] missing on POST /allowlist_identifiers"),
        };
        var wrong = expectations
            .Select(e => (e.Request, e.Finding, Actual: string.Join("; ", checker.Check(e.Request))))
            .Where(e => e.Actual != e.Finding)
            .Select(e => $"{e.Request.Method} {e.Request.Path}?{e.Request.RawQuery}: \"{e.Actual}\", expected \"{e.Finding}\"")
            .ToList();
        return wrong.Count == 0 ? CaseResult.Pass("spec.self-check") : CaseResult.Fail("spec.self-check", string.Join("; ", wrong));
    }

    private CaseResult SpecCase(JsonElement c, Outcome outcome)
    {
        var name = "spec." + c.GetProperty("id").GetString();
        var method = $"{c.GetProperty("api").GetString()}.{c.GetProperty("method").GetString()}";
        var findings = outcome.Requests.SelectMany(r => spec!.Check(r)).Distinct().ToList();
        if (findings.Count == 0) return CaseResult.Pass(name);
        var listed = deviations?.GetValueOrDefault(method) ?? [];
        var unlisted = findings.Where(f => !listed.Contains(f)).ToList();
        return unlisted.Count > 0
            ? CaseResult.Fail(name, string.Join("; ", unlisted))
            : CaseResult.Diff(name, string.Join("; ", findings) + " (sent as @clerk/backend sends it; see docs/differences.md: requests beyond the specification)");
    }

    private bool Selected(string api) => apis.Count == 0 || apis.Contains(api);

    private static CaseResult SurfaceCase(string api, IReadOnlyList<string> methods)
    {
        var name = $"surface.{api}";
        var subApi = SubApiProperty(api);
        if (subApi is null) return CaseResult.Fail(name, "no such sub-API on ClerkApi");
        var missing = methods.Where(m => Methods(subApi.PropertyType, m).Count == 0).ToList();
        return missing.Count == 0
            ? CaseResult.Pass(name)
            : CaseResult.Fail(name, "missing methods: " + string.Join(", ", missing));
    }

    private async Task<(CaseResult Result, Outcome? Outcome)> Replay(JsonElement c)
    {
        var name = c.GetProperty("id").GetString()!;
        try
        {
            var outcome = await Invoke(c);
            return (Compare(name, c, outcome), outcome);
        }
        catch (Exception e)
        {
            while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
            return (CaseResult.Fail(name, $"replay threw {e.GetType().Name}: {e.Message}"), null);
        }
    }

    private sealed record Outcome(Option<ClerkError> Error, IReadOnlyList<CapturedRequest> Requests, bool Concurrent);

    private async Task<Outcome> Invoke(JsonElement c)
    {
        var options = ClientOptions(c.GetProperty("client").GetString()!);
        var handler = new CapturingHandler();
        var client = new ClerkApi(options, new HttpClient(handler));
        var api = c.GetProperty("api").GetString()!;
        var subApi = SubApiProperty(api) ?? throw new InvalidOperationException($"no sub-API {api}");
        var args = c.GetProperty("args");
        var method = Methods(subApi.PropertyType, c.GetProperty("method").GetString()!)
            .OrderBy(m => Math.Abs(m.GetParameters().Count(p => p.ParameterType != typeof(CancellationToken)) - args.GetArrayLength()))
            .FirstOrDefault() ?? throw new InvalidOperationException($"no method {api}.{c.GetProperty("method").GetString()}");
        var effect = method.Invoke(subApi.GetValue(client), ArgumentBinder.Bind(method.GetParameters(), args))!;
        var resultType = method.ReturnType.GetGenericArguments()[0].GetGenericArguments()[1];
        var run = typeof(RequestsReplayer).GetMethod(nameof(RunEffect), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(resultType);
        var error = await (Task<Option<ClerkError>>)run.Invoke(null, [effect])!;
        return new Outcome(error, handler.Captured, handler.SawConcurrentRequests);
    }

    private static async Task<Option<ClerkError>> RunEffect<T>(Aff<Either<ClerkError, T>> effect) =>
        (await effect.Run()).ThrowIfFail().Match(Right: _ => Option<ClerkError>.None, Left: e => Option<ClerkError>.Some(e));

    private ClerkClientOptions ClientOptions(string client)
    {
        var o = root.GetProperty("clients").GetProperty(client);
        string? Get(string n) => o.TryGetProperty(n, out var v) ? v.GetString() : null;
        return new ClerkClientOptions
        {
            SecretKey = Get("secretKey"),
            MachineSecretKey = Get("machineSecretKey"),
            ApiUrl = Get("apiUrl") ?? ClerkClientOptions.DefaultApiUrl,
        };
    }

    private static PropertyInfo? SubApiProperty(string api)
    {
        var name = Pascal(api.StartsWith("__experimental_", StringComparison.Ordinal) ? api["__experimental_".Length..] : api);
        // Mount names are matched ignoring case (m2m is M2M); method names exactly.
        return typeof(ClerkApi).GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    // Sub-API methods mirror @clerk/backend's names in PascalCase: verifyTOTP is VerifyTOTP.
    private static IReadOnlyList<MethodInfo> Methods(Type subApi, string jsName) =>
        subApi.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == Pascal(jsName))
            .ToList();

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static CaseResult Compare(string name, JsonElement c, Outcome outcome)
    {
        var sdk = c.GetProperty("sdk");
        var expectedOk = sdk.GetProperty("ok").GetBoolean();
        // Requests sent concurrently are recorded sorted by path (their order on the wire is arbitrary); requests sent
        // one after another are compared in the order they were sent.
        var expected = c.GetProperty("requests").EnumerateArray().ToList();
        var actual = outcome.Requests.ToList();
        if (outcome.Concurrent)
        {
            expected = expected.OrderBy(r => r.GetProperty("path").GetString(), StringComparer.Ordinal).ToList();
            actual = actual.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        }
        var preSendError = outcome.Error.Filter(e => e is ClerkError.InvalidArgument or ClerkError.Configuration);

        if (!expectedOk && expected.Count == 0)
        {
            var message = sdk.GetProperty("error").GetString();
            return preSendError.Match(
                Some: e => actual.Count > 0 ? CaseResult.Fail(name, "sent a request despite the error")
                    : e.Message == message ? CaseResult.Pass(name)
                    : CaseResult.Fail(name, $"error message \"{e.Message}\", expected \"{message}\""),
                None: () => CaseResult.Fail(name, $"expected the call to be rejected before sending: {message}"));
        }
        if (preSendError.Case is ClerkError e1) return CaseResult.Fail(name, $"rejected before sending: {e1}");
        if (expected.Count != actual.Count)
            return CaseResult.Fail(name, $"sent {actual.Count} requests, expected {expected.Count}");

        // The call failed after sending (e.g. a rejected token in the answer): it must fail here too, with the same message.
        if (!expectedOk)
        {
            var message = sdk.GetProperty("error").GetString();
            var ours = outcome.Error.Map(e => e is ClerkError.TokenVerification t ? t.Error.Message : e.Message);
            if (ours.IsNone) return CaseResult.Fail(name, $"succeeded, expected the error \"{message}\"");
            if (ours.Exists(m => m != message)) return CaseResult.Fail(name, $"error \"{ours.IfNone("")}\", expected \"{message}\"");
        }

        var diffs = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            var problems = RequestComparer.Compare(expected[i], actual[i]);
            var hard = problems.Where(p => !p.Documented).ToList();
            if (hard.Count > 0) return CaseResult.Fail(name, $"request {i + 1}: " + string.Join("; ", hard.Select(p => p.Text)));
            diffs.AddRange(problems.Select(p => p.Text));
        }
        return diffs.Count == 0 ? CaseResult.Pass(name) : CaseResult.Diff(name, string.Join("; ", diffs.Distinct()));
    }
}
