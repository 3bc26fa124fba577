using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Testing.Backend;
using LanguageExt;

namespace Clerk.Functional.Testing;

/// <summary>Interprets request descriptions against an <see cref="InMemoryClerk"/> directly.</summary>
internal sealed class InMemoryRunner(InMemoryClerk clerk) : IClerkRunner
{
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Prelude.Aff(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<Either<ClerkError, ClerkResponse>>(request.Validate().Map(valid => Responses.ToClerk(Answer(valid))));
        });

    private BackendResponse Answer(ClerkRequest request) =>
        request.Body is RequestBody.Multipart
            ? ClerkErrors.NotImplemented($"{request.Verb.ToString().ToUpperInvariant()} /v1{request.Path.Template} (multipart)")
            : clerk.HandleTrusted(new BackendRequest(
                request.Verb.ToString().ToUpperInvariant(),
                (request.SkipApiVersionInUrl ? "" : "/v1") + request.Path.Escaped,
                request.Query.Select(q => new KeyValuePair<string, string>(q.Name, q.Value)).ToList(),
                null,
                request.Body is RequestBody.Json json ? json.Text : ""));
}

internal static class Responses
{
    public static ClerkResponse ToClerk(BackendResponse answer) =>
        answer.Status == 204
            ? new ClerkResponse(204, ValueList<HeaderValue>.Empty, System.ReadOnlyMemory<byte>.Empty, "No Content")
            : ClerkResponse.Json(answer.Status, answer.Body);
}

/// <summary>An <see cref="HttpMessageHandler"/> that answers from an <see cref="InMemoryClerk"/>, with Clerk's key check.</summary>
internal sealed class InMemoryClerkHandler(InMemoryClerk clerk) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var uri = request.RequestUri!;
        var answer = clerk.Handle(new BackendRequest(request.Method.Method, uri.AbsolutePath, QueryString.Parse(uri.Query),
            request.Headers.Authorization?.ToString(), body));
        return ToMessage(answer, request);
    }

    internal static HttpResponseMessage ToMessage(BackendResponse answer, HttpRequestMessage request)
    {
        var message = new HttpResponseMessage((System.Net.HttpStatusCode)answer.Status) { RequestMessage = request };
        if (answer.Status != 204) message.Content = new StringContent(answer.Body, Encoding.UTF8, "application/json");
        return message;
    }
}

/// <summary>Query strings as ordered, unescaped pairs (<c>+</c> is a space, as in forms).</summary>
internal static class QueryString
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string query) =>
        query.TrimStart('?').Split('&', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Unescape(kv[0]), kv.Length > 1 ? Unescape(kv[1]) : ""))
            .ToList();

    private static string Unescape(string text) => System.Uri.UnescapeDataString(text.Replace('+', ' '));
}
