using System.Linq;
using LanguageExt;

namespace Clerk.Functional.Http;

/// <summary>An HTTP method used by the Backend API.</summary>
public enum HttpVerb
{
    /// <summary>GET</summary>
    Get,
    /// <summary>POST</summary>
    Post,
    /// <summary>PUT</summary>
    Put,
    /// <summary>PATCH</summary>
    Patch,
    /// <summary>DELETE</summary>
    Delete,
}

/// <summary>Which key authorizes a request.</summary>
public enum RequestKey
{
    /// <summary>The instance secret key; the request fails before sending when it is missing.</summary>
    SecretKey,
    /// <summary>The instance secret key when configured; the request is sent without one otherwise.</summary>
    OptionalSecretKey,
    /// <summary>The machine secret key when configured, else the instance secret key, else none.</summary>
    MachineSecretKey,
}

/// <summary>
/// A pure description of one Backend API request: what to send, with no I/O, no clock and no secrets.
/// Two descriptions built from the same arguments are equal.
/// </summary>
/// <param name="Verb">The HTTP method.</param>
/// <param name="Path">The route, segment by segment, each escaped when the URL is built.</param>
/// <param name="Query">Query pairs in order; an array parameter appears once per element.</param>
/// <param name="Body">The body: none, JSON or multipart.</param>
/// <param name="Headers">Extra headers, added after the standard ones.</param>
/// <param name="SkipApiVersionInUrl">True for routes served without the <c>/v1</c> prefix.</param>
/// <param name="Authorization">Which key authorizes the request.</param>
public sealed record ClerkRequest(
    HttpVerb Verb,
    Route Path,
    ValueList<QueryParameter> Query,
    RequestBody Body,
    ValueList<HeaderValue> Headers,
    bool SkipApiVersionInUrl = false,
    RequestKey Authorization = RequestKey.SecretKey)
{
    /// <summary>A request with no query, body or extra headers.</summary>
    /// <param name="verb">The HTTP method.</param>
    /// <param name="path">The route.</param>
    public static ClerkRequest Of(HttpVerb verb, Route path) =>
        new(verb, path, ValueList<QueryParameter>.Empty, RequestBody.None, ValueList<HeaderValue>.Empty);

    /// <summary>This request with the given query pairs.</summary>
    /// <param name="query">The query pairs, in order.</param>
    public ClerkRequest WithQuery(ValueList<QueryParameter> query) => this with { Query = query };

    /// <summary>This request with the given body.</summary>
    /// <param name="body">The body.</param>
    public ClerkRequest WithBody(RequestBody body) => this with { Body = body };

    /// <summary>The request itself when it can be sent, else why not: a null query value, or a header or multipart
    /// content type with a line break or NUL (which would inject headers).</summary>
    public Either<Errors.ClerkError, ClerkRequest> Validate()
    {
        var problem =
            Prelude.Optional(Query.FirstOrDefault(q => q.Name is null || q.Value is null)).Map(q => $"The query parameter {q.Name} has a null value.")
            || Prelude.Optional(Query.FirstOrDefault(q => !Text.IsWellFormedUtf16(q.Name) || !Text.IsWellFormedUtf16(q.Value)))
                .Map(q => $"The query parameter {q.Name} must be well-formed text (it contains a lone surrogate, which would be sent as U+FFFD and mean something else).")
            || Prelude.Optional(Headers.FirstOrDefault(h => Unsafe(h.Name) || Unsafe(h.Value))).Map(h => $"The header {h.Name} contains a line break, NUL or null.")
            || (Body is RequestBody.Multipart form
                ? Prelude.Optional(form.Parts.FirstOrDefault(p => Unsafe(p.Name) || (p.ContentType is not null && Unsafe(p.ContentType))))
                    .Map(p => $"The form part {p.Name} has a name or content type with a line break, NUL or null.")
                : Option<string>.None);
        return problem.Match(
            Some: reason => Prelude.Left<Errors.ClerkError, ClerkRequest>(new Errors.ClerkError.InvalidArgument(reason)),
            None: () => Prelude.Right<Errors.ClerkError, ClerkRequest>(this));
    }

    private static bool Unsafe(string? text) => text is null || text.Any(c => c is '\r' or '\n' or '\0');

    /// <summary>The method and route template, e.g. <c>GET /users/{id}</c>, safe for logs.</summary>
    public override string ToString() =>
        $"{Verb.ToString().ToUpperInvariant()} {Path.Template}" +
        (Query.IsEmpty ? "" : "?" + string.Join("&", Query.Map(q => q.Name + "=…")));
}

/// <summary>One query pair, unescaped.</summary>
/// <param name="Name">The parameter name as sent (snake_case).</param>
/// <param name="Value">The value as sent.</param>
public sealed record QueryParameter(string Name, string Value);

/// <summary>One extra request header.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Value">The header value.</param>
public sealed record HeaderValue(string Name, string Value)
{
    /// <summary>The name and value, with the value of an <c>Authorization</c> header left out.</summary>
    public override string ToString() =>
        string.Equals(Name, "Authorization", StringComparison.OrdinalIgnoreCase) ? $"{Name}: (redacted)" : $"{Name}: {Value}";
}
