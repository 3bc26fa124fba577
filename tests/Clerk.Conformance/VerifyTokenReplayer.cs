using System.Net.Http;
using System.Text.Json;
using Clerk.Functional.Http;
using Clerk.Functional.Tokens;
using LanguageExt;

namespace Clerk.Conformance;

/// <summary>
/// Replays <c>verify-token.json</c>: each case through <see cref="TokenVerifier"/> with its frozen clock, a fresh key cache
/// and the canned Backend API; compares outcome, reason, message, action, payload and the backend requests.
/// A difference on a case the vectors mark <c>peerQuirk</c> is a DIFF (see docs/differences.md); any other is a FAIL.
/// </summary>
public sealed class VerifyTokenReplayer(JsonElement root)
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
            var options = Options(c.GetProperty("options"));
            var backend = new CannedBackend(Canned(c.GetProperty("options")));
            var verifier = new TokenVerifier(o => new HttpRunner(o, backend), new FrozenClock(c.GetProperty("nowMs").GetInt64()));
            var token = c.GetProperty("token").GetString();
            var result = (await verifier.VerifyToken(token, options).Run()).ThrowIfFail();
            var problem = Compare(c.GetProperty("expected"), result, backend.Requests, c.TryGetProperty("messageIsNodeSpecific", out var ns) && ns.GetBoolean());
            if (problem is null) return CaseResult.Pass(name);
            return c.TryGetProperty("peerQuirk", out var quirk) && quirk.GetBoolean() && IsTheQuirk(c, result)
                ? CaseResult.Diff(name, $"{problem} (@clerk/backend quirk: {c.GetProperty("note").GetString()} See docs/differences.md: token verification)")
                : CaseResult.Fail(name, problem);
        }
        catch (Exception e)
        {
            return CaseResult.Fail(name, $"replay threw {e.GetType().Name}: {e.Message}");
        }
    }

    // A quirk is the JS outcome itself being wrong: only the opposite outcome counts as the documented difference.
    // Accepting a token that JS rejected must return exactly the token's own claims.
    private static bool IsTheQuirk(JsonElement c, Either<TokenVerificationError, JsonElement> result)
    {
        var jsAccepted = c.GetProperty("expected").GetProperty("ok").GetBoolean();
        return result.MatchUnsafe(
            Right: payload => !jsAccepted && Jwt.Decode(c.GetProperty("token").GetString()).Exists(jwt => RequestComparer.JsonEquals(jwt.Payload, payload)),
            Left: _ => jsAccepted);
    }

    private VerifyTokenOptions Options(JsonElement o)
    {
        string? Str(string n) => o.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        IReadOnlyList<string> List(string n) => o.TryGetProperty(n, out var v)
            ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
              : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : []
            : [];
        var jwtKey = Str("jwtKeyLiteral") ?? (Str("jwtKey") is { } id ? root.GetProperty("keys").GetProperty(id).GetProperty("spkiPem").GetString() : null);
        return new VerifyTokenOptions
        {
            JwtKey = jwtKey,
            SecretKey = Str("secretKey"),
            ApiUrl = Str("apiUrl") ?? Clerk.Functional.Options.ClerkClientOptions.DefaultApiUrl,
            Audience = List("audience"),
            AuthorizedParties = List("authorizedParties"),
            // Only a finite number is a clock skew; @clerk/backend uses the default for anything else.
            ClockSkewInMs = o.TryGetProperty("clockSkewInMs", out var skew) && skew.ValueKind == JsonValueKind.Number ? skew.GetInt64() : null,
            HeaderType = o.TryGetProperty("headerType", out _) ? List("headerType") : null,
            Issuer = Str("issuer"),
        };
    }

    private static Dictionary<string, JsonElement> Canned(JsonElement o)
    {
        var canned = new Dictionary<string, JsonElement>();
        if (o.TryGetProperty("jwks", out var jwks))
            canned["GET /v1/jwks"] = JsonDocument.Parse($"{{\"status\":200,\"body\":{jwks.GetRawText()}}}").RootElement;
        if (o.TryGetProperty("jwksResponse", out var response)) canned["GET /v1/jwks"] = response;
        return canned;
    }

    private static string? Compare(JsonElement expected, Either<TokenVerificationError, JsonElement> result, IReadOnlyList<BackendRequest> requests, bool nodeSpecificMessage)
    {
        var requestProblem = expected.TryGetProperty("backendRequests", out var backend) ? CannedBackend.Compare(backend, requests)
            : requests.Count > 0 ? $"{requests.Count} unexpected backend requests" : null;
        var outcomeProblem = result.MatchUnsafe(
            Right: payload => expected.GetProperty("ok").GetBoolean()
                ? RequestComparer.JsonEquals(expected.GetProperty("payload"), payload) ? null : $"payload {payload.GetRawText()} differs"
                : $"accepted, expected {expected.GetProperty("reason").GetString()}: {expected.GetProperty("message").GetString()}",
            Left: error =>
            {
                if (expected.GetProperty("ok").GetBoolean()) return $"rejected ({error.Reason}: {error.Message}), expected accepted";
                var reason = expected.GetProperty("reason").GetString();
                var message = expected.GetProperty("message").GetString() ?? "";
                var action = expected.TryGetProperty("action", out var a) ? a.GetString() : null;
                // For messages that embed Node's own text, only the SDK-authored part (up to "Error:") is compared.
                var messageMatches = nodeSpecificMessage
                    ? error.Message.StartsWith(message.Split("Error:")[0], StringComparison.Ordinal)
                    : error.Message == message;
                return error.Reason.Value != reason ? $"reason {error.Reason}, expected {reason} ({error.Message})"
                    : !messageMatches ? $"message \"{error.Message}\", expected \"{message}\""
                    : action != error.Action ? $"action \"{error.Action}\", expected \"{action}\""
                    : null;
            });
        return outcomeProblem ?? requestProblem;
    }
}
