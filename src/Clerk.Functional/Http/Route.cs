using System;
using System.Linq;
using System.Text;
using Clerk.Functional.Errors;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>One path segment: a fixed word of the route, or an identifier supplied by the caller.</summary>
/// <param name="Value">The unescaped segment text.</param>
/// <param name="IsIdentifier">True when the caller supplied it (it is shown as a placeholder in the route template).</param>
public sealed record PathSegment(string Value, bool IsIdentifier)
{
    /// <summary>The segment as it appears in the URL: every character outside RFC 3986's unreserved set is percent-encoded,
    /// so that <c>/</c>, <c>?</c>, <c>#</c> and <c>%</c> inside an identifier cannot change the route.</summary>
    public string Escaped => Uri.EscapeDataString(Value);
}

/// <summary>A route relative to the API root, e.g. <c>users/{id}/metadata</c>. Equal by value.</summary>
/// <param name="Segments">The segments in order.</param>
public sealed record Route(ValueList<PathSegment> Segments)
{
    /// <summary>The route with identifiers replaced by <c>{id}</c>, safe for logs and traces.</summary>
    public string Template => "/" + string.Join("/", Segments.Select(s => s.IsIdentifier ? "{id}" : s.Value));

    // The unescaped path, as @clerk/backend quotes it in its dot-segment error.
    private string RawPath => Segments.IsEmpty ? "" : "/" + string.Join("/", Segments.Select(s => s.Value));

    /// <summary>The escaped path, starting with <c>/</c>.</summary>
    public string Escaped => "/" + string.Join("/", Segments.Select(s => s.Escaped));

    /// <summary>A route of fixed words only.</summary>
    /// <param name="words">The words, e.g. <c>"users", "count"</c>.</param>
    public static Route Of(params string[] words) =>
        new(ValueList.From(words.Select(w => new PathSegment(w, false))));

    /// <summary>This route with a fixed word appended.</summary>
    /// <param name="word">The word.</param>
    public Route Then(string word) => new(Segments.Append(new PathSegment(word, false)));

    /// <summary>This route with a caller-supplied identifier appended, or a typed error when the identifier is
    /// empty, or is <c>.</c> or <c>..</c> (which URL normalisation would turn into a different route).</summary>
    /// <param name="id">The identifier.</param>
    public Either<ClerkError, Route> ThenId(string? id) =>
        string.IsNullOrEmpty(id)
            ? Left<ClerkError, Route>(new ClerkError.InvalidArgument("A valid resource ID is required."))
            : id is "." or ".."
                ? Left<ClerkError, Route>(new ClerkError.InvalidArgument(
                    $"joinPaths: \".\" and \"..\" path segments are not allowed (received \"{RawPath}/{id}\")"))
                : !Text.IsWellFormedUtf16(id)
                    ? Left<ClerkError, Route>(new ClerkError.InvalidArgument(
                        "A resource ID must be well-formed text (it contains a lone surrogate, which would be sent as U+FFFD and name another resource)."))
                    : Right<ClerkError, Route>(new Route(Segments.Append(new PathSegment(id, true))));

    /// <inheritdoc />
    public override string ToString() => Template;
}

/// <summary>Extensions to keep route building in one readable expression.</summary>
public static class RouteExtensions
{
    /// <summary>Appends a fixed word to a route that may already have failed.</summary>
    /// <param name="route">The route so far.</param>
    /// <param name="word">The word.</param>
    public static Either<ClerkError, Route> Then(this Either<ClerkError, Route> route, string word) =>
        route.Map(r => r.Then(word));

    /// <summary>Appends a caller-supplied identifier to a route that may already have failed.</summary>
    /// <param name="route">The route so far.</param>
    /// <param name="id">The identifier.</param>
    public static Either<ClerkError, Route> ThenId(this Either<ClerkError, Route> route, string? id) =>
        route.Bind(r => r.ThenId(id));
}
