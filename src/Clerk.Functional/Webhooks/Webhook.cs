using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Webhooks;

/// <summary>
/// Verifies Clerk's webhooks (Svix / Standard Webhooks signatures) like <c>@clerk/backend</c>'s <c>verifyWebhook</c>:
/// the HMAC-SHA256 of <c>"&lt;id&gt;.&lt;timestamp&gt;.&lt;body&gt;"</c> under the endpoint's signing secret must equal
/// one of the <c>v1,&lt;base64&gt;</c> entries of the signature header (compared in constant time), and the timestamp
/// must be within five minutes of now, either way. Pure functions: no I/O (the clock and the environment come in
/// as values), and no exception escapes; every failure is a <see cref="WebhookVerificationError"/>.
/// </summary>
public static class Webhook
{
    /// <summary>The environment variable read when no signing secret is given: <c>CLERK_WEBHOOK_SIGNING_SECRET</c>.</summary>
    public const string SigningSecretVariable = "CLERK_WEBHOOK_SIGNING_SECRET";

    /// <summary>The prefix of Clerk's signing secrets: <c>whsec_</c>.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>How far the signed timestamp may be from now, either way (inclusive): five minutes.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(ToleranceSeconds);

    private const long ToleranceSeconds = 300;

    private const int MaxJsonDepth = 512;

    /// <summary>Verifies a webhook whose raw body is text (it is signed as its UTF-8 bytes).</summary>
    /// <param name="signingSecret">The endpoint's signing secret (<c>whsec_…</c> or bare base64); null or empty is
    /// <see cref="WebhookVerificationError.MissingSigningSecret"/> (this overload reads no environment variable).</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received (never re-serialized JSON).</param>
    /// <param name="now">The current time.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(string? signingSecret, WebhookHeaders headers, string body, DateTimeOffset now) =>
        Verify(signingSecret, headers, Encoding.UTF8.GetBytes(body ?? ""), now);

    /// <summary>Verifies a webhook whose raw body is a byte array (for F#, where an array does not convert to a span implicitly).</summary>
    /// <param name="signingSecret">The endpoint's signing secret (<c>whsec_…</c> or bare base64); null or empty is
    /// <see cref="WebhookVerificationError.MissingSigningSecret"/> (this overload reads no environment variable).</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="now">The current time.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(string? signingSecret, WebhookHeaders headers, byte[] body, DateTimeOffset now) =>
        Verify(signingSecret, headers, new ReadOnlySpan<byte>(body), now);

    /// <summary>Verifies a webhook whose raw body is bytes.</summary>
    /// <param name="signingSecret">The endpoint's signing secret (<c>whsec_…</c> or bare base64); null or empty is
    /// <see cref="WebhookVerificationError.MissingSigningSecret"/> (this overload reads no environment variable).</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="now">The current time.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(string? signingSecret, WebhookHeaders headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        // The order of the checks is @clerk/backend's: secret, headers, secret format, timestamp, signature, body.
        if (string.IsNullOrEmpty(signingSecret)) return new WebhookVerificationError.MissingSigningSecret();
        if (SelectHeaders(headers ?? WebhookHeaders.Empty, out var id, out var timestampText, out var signatures) is { } missing)
            return missing;
        if (DecodeSecret(signingSecret, out var key) is { } badSecret) return badSecret;

        if (ParseTimestamp(timestampText) is not { } timestamp) return new WebhookVerificationError.InvalidTimestamp();
        var nowSeconds = now.ToUnixTimeSeconds();
        if (timestamp < nowSeconds - ToleranceSeconds) return new WebhookVerificationError.TimestampTooOld(timestamp, nowSeconds);
        if (timestamp > nowSeconds + ToleranceSeconds) return new WebhookVerificationError.TimestampTooNew(timestamp, nowSeconds);

        // Request.text() drops a leading UTF-8 byte order mark before the body is signed and parsed.
        body = SkipUtf8Bom(body);
        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(Hmac(key, id, timestamp, body)));
        if (!AnySignatureMatches(signatures, expected)) return new WebhookVerificationError.NoMatchingSignature();

        return ParsePayload(body).Map(payload => new WebhookEvent(payload, id, timestamp));
    }

    /// <summary>Verifies a webhook with the secret and clock of <paramref name="options"/> (the secret falls back to
    /// <c>CLERK_WEBHOOK_SIGNING_SECRET</c>, read through <see cref="WebhookVerificationOptions.Environment"/>).</summary>
    /// <param name="options">Secret, environment lookup and clock; <see cref="WebhookVerificationOptions.Default"/> when null.</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(WebhookVerificationOptions options, WebhookHeaders headers, string body)
    {
        options ??= WebhookVerificationOptions.Default;
        return Verify(options.ResolveSecret(), headers, body, options.Clock.GetUtcNow());
    }

    /// <summary>Verifies a webhook whose raw body is a byte array with the secret and clock of <paramref name="options"/>.</summary>
    /// <param name="options">Secret, environment lookup and clock; <see cref="WebhookVerificationOptions.Default"/> when null.</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(WebhookVerificationOptions options, WebhookHeaders headers, byte[] body) =>
        Verify(options, headers, new ReadOnlySpan<byte>(body));

    /// <summary>Verifies a webhook whose raw body is bytes with the secret and clock of <paramref name="options"/>.</summary>
    /// <param name="options">Secret, environment lookup and clock; <see cref="WebhookVerificationOptions.Default"/> when null.</param>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    public static Either<WebhookVerificationError, WebhookEvent> Verify(WebhookVerificationOptions options, WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        options ??= WebhookVerificationOptions.Default;
        return Verify(options.ResolveSecret(), headers, body, options.Clock.GetUtcNow());
    }

    /// <summary>The signature header value (<c>v1,&lt;base64&gt;</c>) of a message, as Svix computes it: for tests, and for
    /// sending signed requests to your own endpoint.</summary>
    /// <param name="signingSecret">The signing secret (<c>whsec_…</c> or bare base64).</param>
    /// <param name="messageId">The message id (<c>svix-id</c>).</param>
    /// <param name="timestamp">Unix seconds (<c>svix-timestamp</c>).</param>
    /// <param name="body">The raw body.</param>
    public static Either<WebhookVerificationError, string> Sign(string signingSecret, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signingSecret)) return new WebhookVerificationError.MissingSigningSecret();
        if (DecodeSecret(signingSecret, out var key) is { } badSecret) return badSecret;
        return "v1," + Convert.ToBase64String(Hmac(key, messageId ?? "", timestamp, body));
    }

    /// <summary>The signature header value of a message whose body is text (signed as UTF-8).</summary>
    /// <param name="signingSecret">The signing secret (<c>whsec_…</c> or bare base64).</param>
    /// <param name="messageId">The message id (<c>svix-id</c>).</param>
    /// <param name="timestamp">Unix seconds (<c>svix-timestamp</c>).</param>
    /// <param name="body">The raw body.</param>
    public static Either<WebhookVerificationError, string> Sign(string signingSecret, string messageId, long timestamp, string body) =>
        Sign(signingSecret, messageId, timestamp, Encoding.UTF8.GetBytes(body ?? ""));

    // The svix-* names, as @clerk/backend reads them; when they are not all there, the Standard Webhooks names
    // (webhook-*) as a set. Values are trimmed like JavaScript's String.prototype.trim, and blank means missing.
    private static WebhookVerificationError? SelectHeaders(WebhookHeaders headers, out string id, out string timestamp, out string signatures)
    {
        id = JsTrim(headers.SvixId);
        timestamp = JsTrim(headers.SvixTimestamp);
        signatures = JsTrim(headers.SvixSignature);
        if (id.Length > 0 && timestamp.Length > 0 && signatures.Length > 0) return null;

        var stdId = JsTrim(headers.WebhookId);
        var stdTimestamp = JsTrim(headers.WebhookTimestamp);
        var stdSignatures = JsTrim(headers.WebhookSignature);
        if (stdId.Length > 0 && stdTimestamp.Length > 0 && stdSignatures.Length > 0)
        {
            (id, timestamp, signatures) = (stdId, stdTimestamp, stdSignatures);
            return null;
        }

        string?[] missing = [id.Length == 0 ? "svix-id" : null, timestamp.Length == 0 ? "svix-timestamp" : null, signatures.Length == 0 ? "svix-signature" : null];
        return new WebhookVerificationError.MissingHeaders(ValueList.From(missing.OfType<string>()));
    }

    // "whsec_" is removed once, then the rest is standard base64 with padding (no whitespace), as the standardwebhooks
    // library decodes it; an empty key is refused.
    private static WebhookVerificationError? DecodeSecret(string secret, out byte[] key)
    {
        key = [];
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        if (encoded.Length == 0) return new WebhookVerificationError.InvalidSigningSecret("the secret is empty");
        var buffer = new byte[encoded.Length / 4 * 3];
        if (encoded.Length % 4 != 0
            || !encoded.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')
            || !Convert.TryFromBase64String(encoded, buffer, out var written))
            return new WebhookVerificationError.InvalidSigningSecret("expected whsec_ followed by base64");
        if (written == 0) return new WebhookVerificationError.InvalidSigningSecret("the secret is empty");
        key = buffer[..written];
        return null;
    }

    // JavaScript's parseInt(text, 10) on trimmed text: an optional sign, then ASCII digits up to the first other
    // character; no digit is NaN (null here). Values beyond a long saturate (they are far outside the tolerance).
    private static long? ParseTimestamp(string text)
    {
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-') negative = text[i++] == '-';
        var start = i;
        long value = 0;
        var overflow = false;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            if (value > (long.MaxValue - 9) / 10) overflow = true;
            else value = value * 10 + (text[i] - '0');
        }
        if (i == start) return null;
        if (overflow) return negative ? long.MinValue : long.MaxValue;
        return negative ? -value : value;
    }

    private static byte[] Hmac(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(id));
        hmac.AppendData("."u8);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    // The header is split on single spaces, each entry on commas; only "v1" entries count, and the text after the first
    // comma (up to a second one) is compared with the expected base64 text in constant time. Every entry is compared.
    private static bool AnySignatureMatches(string header, byte[] expected)
    {
        var matched = false;
        foreach (var entry in header.Split(' '))
        {
            var parts = entry.Split(',');
            if (parts.Length < 2 || parts[0] != "v1") continue;
            var candidate = Encoding.UTF8.GetBytes(parts[1]);
            matched |= CryptographicOperations.FixedTimeEquals(candidate, expected);
        }
        return matched;
    }

    private static Either<WebhookVerificationError, JsonElement> ParsePayload(ReadOnlySpan<byte> body)
    {
        var text = body;
        if (text.IsEmpty) return new WebhookVerificationError.InvalidPayload("the body is empty");
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = MaxJsonDepth });
            using var doc = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
                return new WebhookVerificationError.InvalidPayload("the body is not valid JSON (text after the value)");
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? root.Clone()
                : new WebhookVerificationError.InvalidPayload($"the body is JSON {Describe(root.ValueKind)}, not an object");
        }
        catch (JsonException e)
        {
            return new WebhookVerificationError.InvalidPayload(
                $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static ReadOnlySpan<byte> SkipUtf8Bom(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    private static string JsTrim(string? value)
    {
        if (value is null) return "";
        int start = 0, end = value.Length;
        while (start < end && IsJsWhiteSpace(value[start])) start++;
        while (end > start && IsJsWhiteSpace(value[end - 1])) end--;
        return value[start..end];
    }

    // ECMAScript WhiteSpace and LineTerminator: what String.prototype.trim removes.
    private static bool IsJsWhiteSpace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F'
            or '\u205F' or '\u3000' or '\uFEFF' || c is >= '\u2000' and <= '\u200A';
}
