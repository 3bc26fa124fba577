using System.Text.Json;
using Clerk.Functional;
using Clerk.Functional.Auth;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using LanguageExt;

namespace Clerk.Conformance;

/// <summary>
/// Replays <c>authenticate-request.json</c>: each case through <see cref="ClerkApi.AuthenticateRequest"/> with its frozen
/// clock, a fresh client (so a fresh JWKS cache) and the canned Backend API; compares the outcome (or the thrown message),
/// status, reason, message, token type, token, response headers, option echo, <c>toAuth()</c>, every <c>has()</c> result
/// and the backend requests. A difference on a case marked <c>peerQuirk</c> is a DIFF (see docs/differences.md).
/// </summary>
public sealed class AuthenticateRequestReplayer(JsonElement root)
{
    public async IAsyncEnumerable<CaseResult> Run()
    {
        foreach (var c in root.GetProperty("cases").EnumerateArray())
            yield return await Replay(c);
    }

    private async Task<CaseResult> Replay(JsonElement c)
    {
        var name = c.GetProperty("name").GetString()!;
        try
        {
            var o = c.GetProperty("options");
            var backend = new CannedBackend(c.GetProperty("backend").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
            var clientOptions = new ClerkClientOptions
            {
                SecretKey = Str(o, "secretKey"),
                PublishableKey = Str(o, "publishableKey"),
                JwtKey = Str(o, "jwtKey") is { } id ? root.GetProperty("keys").GetProperty(id).GetProperty("spkiPem").GetString() : null,
                ApiUrl = Str(o, "apiUrl") ?? ClerkClientOptions.DefaultApiUrl,
                MachineSecretKey = Str(o, "machineSecretKey"),
                Retry = Clerk.Functional.Transport.RetryPolicy.None,
            };
            var client = new ClerkApi(clientOptions, new HttpRunner(clientOptions, backend), new FrozenClock(c.GetProperty("nowMs").GetInt64()));
            var options = new AuthenticateRequestOptions
            {
                Domain = Str(o, "domain"),
                IsSatellite = o.TryGetProperty("isSatellite", out var sat) && sat.ValueKind is JsonValueKind.True or JsonValueKind.False ? sat.GetBoolean() : null,
                ProxyUrl = Str(o, "proxyUrl"),
                SignInUrl = Str(o, "signInUrl"),
                SignUpUrl = Str(o, "signUpUrl"),
                SatelliteAutoSync = o.TryGetProperty("satelliteAutoSync", out var auto) && auto.ValueKind == JsonValueKind.True,
                AuthorizedParties = List(o, "authorizedParties"),
                Audience = List(o, "audience"),
                AcceptsToken = o.TryGetProperty("acceptsToken", out var at)
                    ? at.ValueKind == JsonValueKind.Array ? AcceptsToken.OfList(at.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()) : AcceptsToken.Of(at.GetString()!)
                    : null,
                OrganizationSyncOptions = o.TryGetProperty("organizationSyncOptions", out var os)
                    ? new OrganizationSyncOptions { OrganizationPatterns = List(os, "organizationPatterns"), PersonalAccountPatterns = List(os, "personalAccountPatterns") }
                    : null,
            };
            var r = c.GetProperty("request");
            var headers = r.GetProperty("headers").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? "")).ToList();
            var request = IncomingRequest.From(r.GetProperty("method").GetString(), r.GetProperty("url").GetString(), headers);
            if (request.Case is AuthenticateRequestError bad) return CaseResult.Fail(name, $"request rejected: {bad.Message}");
            var result = (await client.AuthenticateRequest((IncomingRequest)request.Case!, options).Run()).ThrowIfFail();
            var expected = c.GetProperty("expected");
            var problem = Compare(expected, result) ?? CannedBackend.Compare(expected.GetProperty("backendRequests"), backend.Requests);
            if (problem is null) return CaseResult.Pass(name);
            return c.TryGetProperty("peerQuirk", out var quirk) && quirk.GetBoolean()
                ? CaseResult.Diff(name, $"{problem} (@clerk/backend quirk: {c.GetProperty("note").GetString()} See docs/differences.md: authenticateRequest)")
                : CaseResult.Fail(name, problem);
        }
        catch (Exception e)
        {
            return CaseResult.Fail(name, $"replay threw {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? Str(JsonElement o, string n) => o.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> List(JsonElement o, string n) => o.TryGetProperty(n, out var v)
        ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
          : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : []
        : [];

    private static string? Compare(JsonElement expected, Either<AuthenticateRequestError, RequestState> result)
    {
        if (expected.TryGetProperty("throws", out var throws))
            return result.Case switch
            {
                AuthenticateRequestError err => err.Message == throws.GetString() ? null : $"error \"{err.Message}\", expected \"{throws.GetString()}\"",
                RequestState s => $"returned {s.Status} ({s.Reason}), expected throw \"{throws.GetString()}\"",
                _ => "no result",
            };
        if (result.Case is AuthenticateRequestError error) return $"error \"{error.Message}\", expected {expected.GetProperty("status").GetString()}";
        var state = (RequestState)result.Case!;

        string? Field(string what, string? actual, JsonElement want) =>
            (want.ValueKind == JsonValueKind.Null ? null : want.GetString()) == actual ? null : $"{what} \"{actual}\", expected \"{(want.ValueKind == JsonValueKind.Null ? null : want.GetString())}\"";

        var problem = Field("status", state.Status, expected.GetProperty("status"))
            ?? Field("reason", state.Reason, expected.GetProperty("reason"))
            ?? Field("message", state.Message, expected.GetProperty("message"))
            ?? Field("tokenType", state.TokenType, expected.GetProperty("tokenType"))
            ?? (expected.GetProperty("isAuthenticated").GetBoolean() == state.IsAuthenticated ? null : $"isAuthenticated {state.IsAuthenticated}")
            ?? Field("token", state.Token, expected.GetProperty("token"));
        if (problem is not null) return problem;

        var wantHeaders = expected.GetProperty("headers").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
        var gotHeaders = state.Headers.Select(h => (h.Key, h.Value)).ToList();
        if (!wantHeaders.SequenceEqual(gotHeaders))
        {
            var missing = wantHeaders.Except(gotHeaders).Select(h => $"{h.Item1}: {h.Item2}");
            var extra = gotHeaders.Except(wantHeaders).Select(h => $"{h.Item1}: {h.Item2}");
            return $"headers differ; missing [{string.Join(" | ", missing)}] extra [{string.Join(" | ", extra)}]";
        }

        var echo = expected.GetProperty("echo");
        var e = state.Echo;
        if (echo.GetProperty("publishableKey").GetString() != e.PublishableKey || echo.GetProperty("proxyUrl").GetString() != e.ProxyUrl
            || echo.GetProperty("domain").GetString() != e.Domain || echo.GetProperty("isSatellite").GetBoolean() != e.IsSatellite
            || echo.GetProperty("signInUrl").GetString() != e.SignInUrl || echo.GetProperty("signUpUrl").GetString() != e.SignUpUrl)
            return $"echo {e}, expected {echo.GetRawText()}";

        var undefinedKeys = expected.TryGetProperty("authUndefinedKeys", out var u) ? u.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
        var auth = state.ToAuth();
        var wantAuth = expected.GetProperty("auth");
        if (expected.TryGetProperty("authThrows", out var authThrows) && authThrows.ValueKind == JsonValueKind.String)
        {
            if (auth.Case is AuthObject) return $"toAuth() succeeded, expected throw \"{authThrows.GetString()}\"";
        }
        else if (wantAuth.ValueKind == JsonValueKind.Null)
        {
            if (auth.Case is AuthObject a) return $"auth {a.ToJson().GetRawText()}, expected null";
        }
        else
        {
            if (auth.Case is AuthObjectError ae) return $"toAuth() failed: {ae.Message}";
            var authProblem = CompareAuth(wantAuth, ((AuthObject)auth.Case!).ToJson(), undefinedKeys);
            if (authProblem is not null) return authProblem;
        }

        if (expected.TryGetProperty("authWithTreatPendingAsSignedOutFalse", out var pendingAuth) && pendingAuth.ValueKind == JsonValueKind.Object)
        {
            var pending = state.ToAuth(treatPendingAsSignedOut: false);
            if (pending.Case is not AuthObject pa) return "toAuth({treatPendingAsSignedOut:false}) failed";
            // authUndefinedKeys describes `auth` only; here a member missing from the recording can only have been undefined.
            var p = CompareAuth(pendingAuth, pa.ToJson(), pa.ToJson().EnumerateObject().Select(m => m.Name).ToHashSet());
            if (p is not null) return $"treatPendingAsSignedOut=false: {p}";
        }

        if (expected.TryGetProperty("has", out var has) && has.ValueKind == JsonValueKind.Array && auth.Case is AuthObject authObject)
            foreach (var check in has.EnumerateArray())
            {
                var got = authObject.Has(HasParamsOf(check.GetProperty("params")));
                if (got != check.GetProperty("result").GetBoolean())
                    return $"has({check.GetProperty("params").GetRawText()}) = {got}";
            }
        return null;
    }

    private static string? CompareAuth(JsonElement want, JsonElement got, ISet<string> undefinedKeys)
    {
        foreach (var member in want.EnumerateObject())
        {
            if (!got.TryGetProperty(member.Name, out var value)) return $"auth.{member.Name} missing";
            if (!RequestComparer.JsonEquals(member.Value, value)) return $"auth.{member.Name} {value.GetRawText()}, expected {member.Value.GetRawText()}";
        }
        foreach (var member in got.EnumerateObject())
            if (!want.TryGetProperty(member.Name, out _) && !(undefinedKeys.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.Null))
                return $"auth.{member.Name} = {member.Value.GetRawText()} not expected";
        return null;
    }

    private static HasParams HasParamsOf(JsonElement p)
    {
        string? S(string n) => p.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        ReverificationConfig? reverification = p.TryGetProperty("reverification", out var r)
            ? r.ValueKind == JsonValueKind.String ? ReverificationConfig.Named(r.GetString()!)
              : ReverificationConfig.Of(r.GetProperty("level").GetString() ?? "", r.GetProperty("afterMinutes").GetDouble())
            : null;
        return new HasParams { Role = S("role"), Permission = S("permission"), Feature = S("feature"), Plan = S("plan"), Reverification = reverification };
    }
}
