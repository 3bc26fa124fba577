using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Clerk.Functional.Testing.Backend;

/// <summary>One request to the in-memory backend, as it arrives over HTTP (or from a runner).</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path, with its version prefix (<c>/v1/users</c>).</param>
/// <param name="Query">The query pairs, unescaped, in order.</param>
/// <param name="Authorization">The <c>Authorization</c> header, when sent.</param>
/// <param name="Body">The body: JSON text, or empty.</param>
public sealed record BackendRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string? Authorization, string Body)
{
    /// <summary>The method and path, for messages.</summary>
    public string Route => $"{Method} {Path}";
}

/// <summary>The backend's answer: status and JSON body (empty for 204).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON text, or empty.</param>
public sealed record BackendResponse(int Status, string Body);

/// <summary>The parsed parts of a request that handlers read: route values, query and JSON body.</summary>
internal sealed class Input
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _query;

    public Input(IReadOnlyDictionary<string, string> route, IReadOnlyList<KeyValuePair<string, string>> query, JsonElement body)
    {
        Route = route;
        _query = query;
        Body = body;
    }

    public IReadOnlyDictionary<string, string> Route { get; }

    public JsonElement Body { get; }

    public string this[string routeValue] => Route[routeValue];

    /// <summary>Every value of a query parameter; <c>email_address[]</c> counts as <c>email_address</c>.</summary>
    public IReadOnlyList<string> QueryAll(string name) =>
        _query.Where(q => q.Key == name || q.Key == name + "[]").Select(q => q.Value).ToList();

    public string? Query(string name) => QueryAll(name) is { Count: > 0 } values ? values[0] : null;

    public bool QueryFlag(string name) => Query(name) is "true" or "1";

    /// <summary>A body member, when present and not null.</summary>
    public JsonElement? Member(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>True when the body names the member, even as null.</summary>
    public bool Has(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out _);

    public string? String(string name) => Member(name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    public bool? Bool(string name) => Member(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } b ? b.GetBoolean() : null;

    public long? Long(string name) => Member(name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var v) ? v : null;

    /// <summary>A member that is a string or an array of strings, as Clerk accepts for identifiers.</summary>
    public IReadOnlyList<string> Strings(string name) => Member(name) switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        _ => [],
    };

    /// <summary>A metadata object member, or null when absent.</summary>
    public JsonElement? Object(string name) => Member(name) is { ValueKind: JsonValueKind.Object } o ? o : null;
}
