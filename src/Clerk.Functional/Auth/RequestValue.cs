using static LanguageExt.Prelude;

using System.Net.Http;

namespace Clerk.Functional.Auth;

/// <summary>
/// A framework-neutral incoming request: method, absolute URL, headers (names compared case-insensitively, first value
/// wins) and the cookies of the <c>cookie</c> header, parsed like the JS <c>cookie</c> package (percent-decoded, first
/// occurrence wins). Header and cookie values are never printed by <see cref="ToString"/>.
/// </summary>
public sealed record IncomingRequest
{
    private IncomingRequest(string method, Uri url, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Method = method;
        Url = url;
        Headers = headers;
        Cookies = CookieParser.Parse(Header("cookie"));
    }

    /// <summary>The HTTP method, upper-cased.</summary>
    public string Method { get; }

    /// <summary>The absolute request URL.</summary>
    public Uri Url { get; }

    /// <summary>The request headers in order (names as given).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The cookies of the <c>cookie</c> header.</summary>
    public IReadOnlyDictionary<string, string> Cookies { get; }

    /// <summary>The first value of a header (case-insensitive name), or null.</summary>
    /// <param name="name">The header name.</param>
    public string? Header(string name)
    {
        foreach (var h in Headers)
            if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) return h.Value;
        return null;
    }

    /// <summary>A cookie value, or null.</summary>
    /// <param name="name">The cookie name.</param>
    public string? Cookie(string name) => Cookies.TryGetValue(name, out var v) ? v : null;

    /// <summary>Builds a request from a method, an absolute URL and a header list; a relative or malformed URL is an error value.</summary>
    /// <param name="method">The method (GET when empty).</param>
    /// <param name="url">The absolute URL.</param>
    /// <param name="headers">The headers.</param>
    public static Either<AuthenticateRequestError, IncomingRequest> From(string? method, string? url, IEnumerable<KeyValuePair<string, string>>? headers) =>
        Uri.TryCreate(url ?? "", UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? new IncomingRequest(string.IsNullOrEmpty(method) ? "GET" : method.ToUpperInvariant(), uri, (headers ?? []).ToList())
            : Left<AuthenticateRequestError, IncomingRequest>(new AuthenticateRequestError("The request URL must be an absolute http(s) URL."));

    /// <summary>Builds a request from an <see cref="HttpRequestMessage"/> (request and content headers, multiple values joined with <c>, </c>;
    /// the <c>cookie</c> header values joined with <c>; </c>).</summary>
    /// <param name="message">The message.</param>
    public static Either<AuthenticateRequestError, IncomingRequest> From(HttpRequestMessage message)
    {
        var headers = new List<KeyValuePair<string, string>>();
        void Add(System.Net.Http.Headers.HttpHeaders hs)
        {
            foreach (var h in hs.NonValidated)
                headers.Add(new(h.Key, string.Join(string.Equals(h.Key, "cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ", ", h.Value)));
        }
        Add(message.Headers);
        if (message.Content is not null) Add(message.Content.Headers);
        return From(message.Method.Method, message.RequestUri?.ToString(), headers);
    }

    /// <summary>Method and URL path only.</summary>
    public override string ToString() => $"IncomingRequest {{ Method = {Method}, Path = {Url.AbsolutePath} }}";
}

/// <summary>A typed configuration or input error of <c>authenticateRequest</c> (what <c>@clerk/backend</c> throws), with its message verbatim.</summary>
/// <param name="Message">The message.</param>
public sealed record AuthenticateRequestError(string Message);
