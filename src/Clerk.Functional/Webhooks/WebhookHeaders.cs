namespace Clerk.Functional.Webhooks;

/// <summary>
/// The signature headers of a webhook request: Svix's <c>svix-id</c>, <c>svix-timestamp</c>, <c>svix-signature</c>
/// (what Clerk sends) and the Standard Webhooks names <c>webhook-id</c>, <c>webhook-timestamp</c>,
/// <c>webhook-signature</c>. Build it from any header container with one of the <c>From</c> methods; a header that is
/// absent is null. Values are kept as received (they are trimmed during verification).
/// </summary>
public sealed record WebhookHeaders
{
    /// <summary>No headers.</summary>
    public static readonly WebhookHeaders Empty = new();

    /// <summary>The <c>svix-id</c> header: the message id (the same for every retry of one delivery).</summary>
    public string? SvixId { get; init; }

    /// <summary>The <c>svix-timestamp</c> header: Unix seconds of the delivery attempt.</summary>
    public string? SvixTimestamp { get; init; }

    /// <summary>The <c>svix-signature</c> header: space-separated <c>v1,&lt;base64&gt;</c> signatures.</summary>
    public string? SvixSignature { get; init; }

    /// <summary>The <c>webhook-id</c> header (Standard Webhooks).</summary>
    public string? WebhookId { get; init; }

    /// <summary>The <c>webhook-timestamp</c> header (Standard Webhooks).</summary>
    public string? WebhookTimestamp { get; init; }

    /// <summary>The <c>webhook-signature</c> header (Standard Webhooks).</summary>
    public string? WebhookSignature { get; init; }

    /// <summary>Reads the six headers through a lookup by (lower-case) name, e.g.
    /// <c>WebhookHeaders.From(name => request.Headers[name])</c> for ASP.NET Core.</summary>
    /// <param name="header">Returns a header's value (several values joined with <c>", "</c>), or null when absent.</param>
    public static WebhookHeaders From(Func<string, string?> header)
    {
        if (header is null) return Empty;
        return new WebhookHeaders
        {
            SvixId = header("svix-id"),
            SvixTimestamp = header("svix-timestamp"),
            SvixSignature = header("svix-signature"),
            WebhookId = header("webhook-id"),
            WebhookTimestamp = header("webhook-timestamp"),
            WebhookSignature = header("webhook-signature"),
        };
    }

    /// <summary>Reads the headers from name and value pairs, names compared case-insensitively; a name given more than
    /// once has its values joined with <c>", "</c>, as the Fetch API's <c>Headers.get</c> does.</summary>
    /// <param name="headers">The pairs, e.g. a <c>Dictionary&lt;string, string&gt;</c>.</param>
    public static WebhookHeaders From(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers is null ? Empty : FromPairs(headers.Select(h => ((string?)h.Key, (IEnumerable<string?>)[h.Value])));

    /// <summary>Reads the headers from a multi-valued container such as <see cref="System.Net.Http.Headers.HttpHeaders"/>;
    /// several values of one name are joined with <c>", "</c>.</summary>
    /// <param name="headers">The headers.</param>
    public static WebhookHeaders From(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) =>
        headers is null ? Empty : FromPairs(headers.Select(h => ((string?)h.Key, (IEnumerable<string?>)(h.Value ?? []))));

    private static WebhookHeaders FromPairs(IEnumerable<(string? Name, IEnumerable<string?> Values)> pairs)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, vs) in pairs)
        {
            if (name is null) continue;
            foreach (var v in vs)
            {
                if (v is null) continue;
                if (!values.TryGetValue(name, out var list)) values[name] = list = [];
                list.Add(v);
            }
        }
        return From(name => values.TryGetValue(name, out var list) ? string.Join(", ", list) : null);
    }
}
