using System.Text;

namespace Clerk.Functional.Http;

/// <summary>Replaces known secrets in what a server sent, before any of it can reach an error, a message or a log.</summary>
internal static class SecretRedaction
{
    /// <summary>What a secret becomes.</summary>
    public const string Mask = "[REDACTED]";

    private static readonly byte[] MaskBytes = Encoding.UTF8.GetBytes(Mask);

    /// <summary>The response with every occurrence of each secret replaced by <see cref="Mask"/> in its body, header
    /// values and reason phrase; the same response when none occurs.</summary>
    /// <param name="response">The response.</param>
    /// <param name="secrets">The secrets (empty strings are ignored).</param>
    public static ClerkResponse Scrub(ClerkResponse response, IReadOnlyCollection<string> secrets)
    {
        if (secrets.Count == 0) return response;
        var body = response.Body;
        foreach (var secret in secrets) body = Scrub(body, Encoding.UTF8.GetBytes(secret));
        var headers = response.Headers.Select(h => secrets.Any(h.Value.Contains) ? h with { Value = Scrub(h.Value, secrets) } : h).ToArray();
        var reason = Scrub(response.ReasonPhrase, secrets);
        return body.Equals(response.Body) && reason == response.ReasonPhrase && headers.SequenceEqual(response.Headers)
            ? response
            : new ClerkResponse(response.Status, ValueList.Create<HeaderValue>(headers), body, reason);
    }

    /// <summary>The text with every occurrence of each secret replaced by <see cref="Mask"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="secrets">The secrets.</param>
    public static string Scrub(string text, IEnumerable<string> secrets) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (t, secret) => t.Replace(secret, Mask, StringComparison.Ordinal));

    private static ReadOnlyMemory<byte> Scrub(ReadOnlyMemory<byte> body, byte[] secret)
    {
        if (secret.Length == 0 || body.Span.IndexOf(secret) < 0) return body;
        var output = new List<byte>(body.Length);
        var rest = body.Span;
        for (var at = rest.IndexOf(secret); at >= 0; at = rest.IndexOf(secret))
        {
            output.AddRange(rest[..at]);
            output.AddRange(MaskBytes);
            rest = rest[(at + secret.Length)..];
        }
        output.AddRange(rest);
        return output.ToArray();
    }
}
