using System.Text;
using System.Text.Json;
using Clerk.Functional.Webhooks;
using LanguageExt;

namespace Clerk.Conformance;

/// <summary>
/// Replays <c>webhooks.json</c>: verifies each recorded request (headers, raw body, signing secret) at the case's frozen
/// clock and compares the outcome with what <c>@clerk/backend</c>'s <c>verifyWebhook</c> did: the reshaped payload as JSON
/// (members JavaScript left <c>undefined</c> may be absent or null), or the error message (for Node-specific messages,
/// only the SDK-authored prefix). Knows the vector format and the documented differences, never case names.
/// </summary>
public sealed class WebhooksReplayer(JsonElement root)
{
    private const string Differences = "docs/differences.md, Webhooks";

    public async IAsyncEnumerable<CaseResult> Run()
    {
        await Task.CompletedTask;
        foreach (var c in root.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString()!;
            CaseResult result;
            try { result = Replay(name, c); }
            catch (Exception e) { result = CaseResult.Fail(name, $"replay threw {e.GetType().Name}: {e.Message}"); }
            yield return result;
        }
    }

    private static CaseResult Replay(string name, JsonElement c)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("nowMs").GetInt64());
        var secret = c.GetProperty("secret").GetString()!;
        var headerPairs = c.GetProperty("headers").EnumerateObject()
            .Select(h => new KeyValuePair<string, string>(h.Name, h.Value.GetString()!))
            .Append(new KeyValuePair<string, string>("content-type", "application/json"))
            .ToList();
        var headers = WebhookHeaders.From(headerPairs);
        var body = c.GetProperty("body").GetString()!;

        // "" means the option was not given and CLERK_WEBHOOK_SIGNING_SECRET was unset.
        var options = new WebhookVerificationOptions
        {
            SigningSecret = secret.Length == 0 ? null : secret,
            Environment = _ => null,
            Clock = new FixedClock(now),
        };
        var outcome = Webhook.Verify(options, headers, body);

        // The text and byte entry points must agree.
        var fromBytes = Webhook.Verify(options, headers, Encoding.UTF8.GetBytes(body));
        if (Describe(outcome) != Describe(fromBytes))
            return CaseResult.Fail(name, $"string body gave {Describe(outcome)}, byte body gave {Describe(fromBytes)}");

        var expected = c.GetProperty("expected");
        return expected.GetProperty("ok").GetBoolean()
            ? ExpectEvent(name, expected, outcome)
            : ExpectError(name, c, expected.GetProperty("error").GetString()!, headerPairs, outcome);
    }

    private static CaseResult ExpectEvent(string name, JsonElement expected, Either<WebhookVerificationError, WebhookEvent> outcome) =>
        outcome.Match(
            Left: e => CaseResult.Fail(name, $"rejected ({e.Reason}): {e.Message}"),
            Right: evt =>
            {
                var undefinedKeys = expected.TryGetProperty("payloadUndefinedKeys", out var keys)
                    ? keys.EnumerateArray().Select(k => k.GetString()!).ToHashSet()
                    : [];
                var payload = expected.GetProperty("payload");
                var problems = ComparePayload(payload, evt.ToJson(), undefinedKeys).ToList();
                problems.AddRange(CheckTypedView(payload, evt));
                return problems.Count == 0 ? CaseResult.Pass(name) : CaseResult.Fail(name, string.Join("; ", problems));
            });

    private static CaseResult ExpectError(
        string name, JsonElement c, string message, IReadOnlyList<KeyValuePair<string, string>> headers,
        Either<WebhookVerificationError, WebhookEvent> outcome)
    {
        var nodeSpecific = c.TryGetProperty("messageIsNodeSpecific", out var ns) && ns.GetBoolean();
        return outcome.Match(
            Right: evt =>
                // Documented: the Standard Webhooks names are read when the svix-* set is incomplete;
                // @clerk/backend reads only svix-* and reports them missing.
                message.StartsWith("@clerk/backend: Missing required webhook headers: ", StringComparison.Ordinal)
                && HasStandardWebhookHeaders(headers)
                    ? CaseResult.Diff(name, $"verified with the Standard Webhooks headers (webhook-id, webhook-timestamp, " +
                                            $"webhook-signature), which @clerk/backend does not read ({Differences})")
                    : CaseResult.Fail(name, $"verified a {evt.Type} event, expected \"{message}\""),
            Left: e =>
            {
                var (actual, wanted) = nodeSpecific ? (SdkPrefix(e.Message), SdkPrefix(message)) : (e.Message, message);
                return actual == wanted
                    ? CaseResult.Pass(name)
                    : CaseResult.Fail(name, $"error \"{e.Message}\", expected \"{message}\"" + (nodeSpecific ? " (prefix only)" : ""));
            });
    }

    // The part of a message that @clerk/backend writes itself: "@clerk/backend: " and the context before the wrapped
    // Node message, i.e. everything up to and including the second ": ".
    private static string SdkPrefix(string message)
    {
        var first = message.IndexOf(": ", StringComparison.Ordinal);
        var second = first < 0 ? -1 : message.IndexOf(": ", first + 2, StringComparison.Ordinal);
        return second < 0 ? message : message[..(second + 2)];
    }

    private static bool HasStandardWebhookHeaders(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        new[] { "webhook-id", "webhook-timestamp", "webhook-signature" }.All(n =>
            headers.Any(h => string.Equals(h.Key, n, StringComparison.OrdinalIgnoreCase) && h.Value.Trim().Length > 0));

    // Members: same names (an expected undefined member may be absent or null here), each value JSON-equal.
    private static IEnumerable<string> ComparePayload(JsonElement expected, JsonElement actual, ISet<string> undefinedKeys)
    {
        var actualMembers = RequestComparer.Members(actual);
        foreach (var member in expected.EnumerateObject())
        {
            if (!actualMembers.TryGetValue(member.Name, out var value)) yield return $"payload lacks \"{member.Name}\"";
            else if (!RequestComparer.JsonEquals(member.Value, value)) yield return $"payload.{member.Name} is {value.GetRawText()}, expected {member.Value.GetRawText()}";
        }
        foreach (var (key, value) in actualMembers)
        {
            if (expected.TryGetProperty(key, out _)) continue;
            if (undefinedKeys.Contains(key) && value.ValueKind == JsonValueKind.Null) continue;
            yield return $"payload has \"{key}\" = {value.GetRawText()}, which @clerk/backend does not return";
        }
        foreach (var key in undefinedKeys.Where(k => expected.TryGetProperty(k, out _)))
            yield return $"\"{key}\" is listed as undefined but present in the expected payload";
    }

    // The typed members agree with the JSON, and a known event type's data decodes into its resource.
    private static IEnumerable<string> CheckTypedView(JsonElement payload, WebhookEvent evt)
    {
        var type = payload.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (evt.Type != type) yield return $"Type is \"{evt.Type}\", expected \"{type}\"";
        if (evt.Object != "event") yield return $"Object is \"{evt.Object}\"";
        var timestamp = payload.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var n) ? n : (long?)null;
        if (evt.Timestamp != timestamp) yield return $"Timestamp is {evt.Timestamp}, expected {timestamp}";
        var instance = payload.TryGetProperty("instance_id", out var i) ? i.GetString() : null;
        if (evt.InstanceId != instance) yield return $"InstanceId is {evt.InstanceId}, expected {instance}";
        if (evt.TypedData is WebhookData.Undecodable u) yield return $"the data of {type} did not decode: {u.Problem}";
        if (WebhookData.IsKnownType(type) && evt.TypedData is WebhookData.Unknown) yield return $"{type} has no typed view";
    }

    private static string Describe(Either<WebhookVerificationError, WebhookEvent> outcome) =>
        outcome.Match(Right: evt => "event " + evt.ToJson().GetRawText(), Left: e => "error " + e.Message);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
