using System;
using System.Linq;
using LanguageExt;

namespace Clerk.Functional.Http;

/// <summary>A response as the runner received it: status, headers and the body bytes.</summary>
public sealed record ClerkResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="headers">The response and content headers (names compared case-insensitively).</param>
    /// <param name="body">The body bytes.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase the server sent, when known.</param>
    public ClerkResponse(int status, ValueList<HeaderValue> headers, ReadOnlyMemory<byte> body, string? reasonPhrase = null)
    {
        Status = status;
        Headers = headers;
        Body = body;
        ReasonPhrase = reasonPhrase ?? "";
    }

    /// <summary>The HTTP reason phrase the server sent (empty when unknown, or over HTTP/2).</summary>
    public string ReasonPhrase { get; }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The response and content headers.</summary>
    public ValueList<HeaderValue> Headers { get; }

    /// <summary>The body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The first value of a header, compared case-insensitively.</summary>
    /// <param name="name">The header name.</param>
    public Option<string> Header(string name) =>
        Prelude.Optional(Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value);

    /// <summary>A JSON response, convenient for fakes.</summary>
    /// <param name="status">The status.</param>
    /// <param name="json">The JSON text.</param>
    public static ClerkResponse Json(int status, string json) =>
        new(status, [new HeaderValue("Content-Type", "application/json")], System.Text.Encoding.UTF8.GetBytes(json),
            StandardReasonPhrase(status));

    /// <summary>The standard reason phrase of a status code (<c>Unprocessable Entity</c> for 422), empty when there is none.</summary>
    /// <param name="status">The status code.</param>
    public static string StandardReasonPhrase(int status)
    {
        if (status is < 100 or > 999) return "";
        using var message = new System.Net.Http.HttpResponseMessage((System.Net.HttpStatusCode)status);
        return message.ReasonPhrase ?? "";
    }

    /// <inheritdoc />
    public bool Equals(ClerkResponse? other) =>
        other is not null && Status == other.Status && Headers == other.Headers && Body.Span.SequenceEqual(other.Body.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Body.Length);

    /// <inheritdoc />
    public override string ToString() => $"ClerkResponse({Status}, {Body.Length} bytes)";
}
