using System;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>
/// A pure plan for one sub-API method: the request (or requests) to send and how to decode the answer.
/// Most methods are one request; a few send two (<c>getUserList</c> asks for the page and the count in parallel).
/// </summary>
/// <typeparam name="T">The method's result.</typeparam>
public abstract class ApiCall<T>
{
    private protected ApiCall() { }

    /// <summary>Every request of the plan, in the order they are listed (parallel ones by declaration).</summary>
    public abstract IReadOnlyList<ClerkRequest> Requests { get; }

    /// <summary>Sends the plan through <paramref name="runner"/>.</summary>
    /// <param name="runner">The runner.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public abstract Aff<Either<ClerkError, T>> Run(IClerkRunner runner, CancellationToken cancellationToken);

    /// <summary>Transforms the result.</summary>
    /// <param name="f">The transformation.</param>
    /// <typeparam name="R">The new result type.</typeparam>
    public ApiCall<R> Map<R>(Func<T, R> f) => new Mapped<T, R>(this, f);
}

/// <summary>The per-sub-API flags of <c>@clerk/backend</c>'s request builder.</summary>
/// <param name="SkipApiVersionInUrl">Routes without the <c>/v1</c> prefix (<c>apiKeys</c>, <c>m2m</c>, <c>idPOAuthAccessToken</c>).</param>
/// <param name="Authorization">Which key authorizes the request.</param>
/// <param name="Headers">Extra headers (an <c>Authorization</c> here replaces the key).</param>
public sealed record RequestFlags(bool SkipApiVersionInUrl = false, RequestKey Authorization = RequestKey.SecretKey, ValueList<HeaderValue>? Headers = null)
{
    /// <summary>Extra headers (an <c>Authorization</c> here replaces the key).</summary>
    public ValueList<HeaderValue> Headers { get; init; } = Headers ?? ValueList<HeaderValue>.Empty;

    /// <summary>This request authorized with <paramref name="key"/> instead (a per-call machine secret key), when given.</summary>
    /// <param name="key">The key, or null to keep the default.</param>
    public RequestFlags WithBearer(string? key) =>
        string.IsNullOrEmpty(key) ? this : this with { Headers = Headers.Append(new HeaderValue("Authorization", "Bearer " + key)) };
}

/// <summary>Builders for <see cref="ApiCall{T}"/>.</summary>
public static class ApiCall
{
    /// <summary>One request and its decoder.</summary>
    /// <param name="request">The request.</param>
    /// <param name="decoder">The decoder.</param>
    /// <typeparam name="T">The result.</typeparam>
    public static ApiCall<T> Of<T>(ClerkRequest request, Decoder<T> decoder) => new Single<T>(request, decoder);

    /// <summary>One request to a route that may have failed to build (an invalid id); the usual shape of a sub-API method.</summary>
    /// <param name="verb">The HTTP method.</param>
    /// <param name="route">The route, or why it could not be built.</param>
    /// <param name="decoder">The decoder.</param>
    /// <param name="body">The body; none when null.</param>
    /// <param name="query">The query pairs.</param>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="flags">How the sub-API sends: without <c>/v1</c>, with which key, with which extra headers.</param>
    public static Either<ClerkError, ApiCall<T>> Of<T>(
        HttpVerb verb, Either<ClerkError, Route> route, Decoder<T> decoder, RequestBody? body = null, ValueList<QueryParameter>? query = null,
        RequestFlags? flags = null) =>
        route.Bind(r => new ClerkRequest(verb, r, query ?? ValueList<QueryParameter>.Empty, body ?? RequestBody.None, flags?.Headers ?? ValueList<HeaderValue>.Empty,
                flags?.SkipApiVersionInUrl ?? false, flags?.Authorization ?? RequestKey.SecretKey).Validate())
            .Map(request => Of(request, decoder));

    /// <summary>One request with a body that may have failed to build (see <see cref="Json.ClerkJson.Body{T}"/>).</summary>
    /// <param name="verb">The HTTP method.</param>
    /// <param name="route">The route, or why it could not be built.</param>
    /// <param name="decoder">The decoder.</param>
    /// <param name="body">The body, or why it could not be built.</param>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="flags">How the sub-API sends: without <c>/v1</c>, with which key, with which extra headers.</param>
    public static Either<ClerkError, ApiCall<T>> Of<T>(
        HttpVerb verb, Either<ClerkError, Route> route, Decoder<T> decoder, Either<ClerkError, RequestBody> body, RequestFlags? flags = null) =>
        from r in route
        from b in body
        from call in Of(verb, r, decoder, b, flags: flags)
        select call;

    /// <summary>Two calls sent concurrently; both must succeed.</summary>
    /// <param name="first">The first call.</param>
    /// <param name="second">The second call.</param>
    /// <param name="combine">Combines both results.</param>
    /// <typeparam name="A">The first result.</typeparam>
    /// <typeparam name="B">The second result.</typeparam>
    /// <typeparam name="T">The combined result.</typeparam>
    public static ApiCall<T> Both<A, B, T>(ApiCall<A> first, ApiCall<B> second, Func<A, B, T> combine) =>
        new Parallel<A, B, T>(first, second, combine);

    /// <summary>Two calls in sequence: the second is sent only when the first succeeded; its result is the result.</summary>
    /// <param name="first">The first call.</param>
    /// <param name="then">The second call.</param>
    /// <typeparam name="A">The first result (discarded).</typeparam>
    /// <typeparam name="T">The result.</typeparam>
    public static ApiCall<T> Then<A, T>(ApiCall<A> first, ApiCall<T> then) => new Sequence<A, T>(first, then);

    /// <summary>Sends a plan that may have failed to build; a failed plan sends nothing.</summary>
    /// <param name="runner">The runner.</param>
    /// <param name="call">The plan, or why it could not be made.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <typeparam name="T">The result.</typeparam>
    public static Aff<Either<ClerkError, T>> Run<T>(this IClerkRunner runner, Either<ClerkError, ApiCall<T>> call, CancellationToken cancellationToken) =>
        call.Match(
            Right: c => c.Run(runner, cancellationToken),
            Left: e => SuccessAff(Left<ClerkError, T>(e)));

    private sealed class Single<T>(ClerkRequest request, Decoder<T> decoder) : ApiCall<T>
    {
        public override IReadOnlyList<ClerkRequest> Requests => [request];

        // A request that cannot be sent (a null or ill-formed query value, an unsafe header) is refused here, before
        // any runner sees it, so fakes and decorators get only sendable requests too.
        public override Aff<Either<ClerkError, T>> Run(IClerkRunner runner, CancellationToken cancellationToken) =>
            request.Validate().Match(
                Right: valid => runner.Send(valid, cancellationToken).Map(response => response.Bind(r => decoder(r))),
                Left: error => SuccessAff(Left<ClerkError, T>(error)));
    }

    private sealed class Parallel<A, B, T>(ApiCall<A> first, ApiCall<B> second, Func<A, B, T> combine) : ApiCall<T>
    {
        public override IReadOnlyList<ClerkRequest> Requests => [.. first.Requests, .. second.Requests];

        public override Aff<Either<ClerkError, T>> Run(IClerkRunner runner, CancellationToken cancellationToken) =>
            Aff(async () =>
            {
                var a = first.Run(runner, cancellationToken).Run().AsTask();
                var b = second.Run(runner, cancellationToken).Run().AsTask();
                await Task.WhenAll(a, b).ConfigureAwait(false);
                var ra = (await a.ConfigureAwait(false)).ThrowIfFail();
                var rb = (await b.ConfigureAwait(false)).ThrowIfFail();
                return from x in ra from y in rb select combine(x, y);
            });
    }

    private sealed class Sequence<A, T>(ApiCall<A> first, ApiCall<T> then) : ApiCall<T>
    {
        public override IReadOnlyList<ClerkRequest> Requests => [.. first.Requests, .. then.Requests];

        public override Aff<Either<ClerkError, T>> Run(IClerkRunner runner, CancellationToken cancellationToken) =>
            first.Run(runner, cancellationToken).Bind(result => result.Match(
                Right: _ => then.Run(runner, cancellationToken),
                Left: e => SuccessAff(Left<ClerkError, T>(e))));
    }
}

internal sealed class Mapped<T, R>(ApiCall<T> inner, Func<T, R> f) : ApiCall<R>
{
    public override IReadOnlyList<ClerkRequest> Requests => inner.Requests;

    public override Aff<Either<ClerkError, R>> Run(IClerkRunner runner, CancellationToken cancellationToken) =>
        inner.Run(runner, cancellationToken).Map(e => e.Map(f));
}
