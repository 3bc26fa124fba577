using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Clerk.Functional.Errors;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>Turns a response into a value or a typed error. Pure; never throws.</summary>
/// <typeparam name="T">The decoded value.</typeparam>
/// <param name="response">The response.</param>
public delegate Either<ClerkError, T> Decoder<T>(ClerkResponse response);

/// <summary>The decoders every sub-API uses. Each checks the status first: any status outside 2xx becomes
/// <see cref="ClerkError.Api"/>; a 2xx body that is not the expected JSON becomes <see cref="ClerkError.Undecodable"/>.</summary>
public static class Decode
{
    /// <summary>A JSON resource.</summary>
    /// <param name="typeInfo">The resource's source-generated metadata.</param>
    /// <typeparam name="T">The resource type.</typeparam>
    public static Decoder<T> Json<T>(JsonTypeInfo<T> typeInfo) where T : class =>
        response => SuccessJson(response).Bind(body => Deserialize(response.Status, body, typeInfo));

    /// <summary>A paginated list sent as <c>{"data": [...], "total_count": n}</c>; when Clerk leaves out
    /// <c>total_count</c>, the total is the number of items received.</summary>
    /// <param name="typeInfo">The wire page's metadata.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static Decoder<PaginatedResourceResponse<T>> Page<T>(JsonTypeInfo<PageWire<T>> typeInfo)
    {
        var page = PageOf(typeInfo);
        return response => page(response).Map(p => new PaginatedResourceResponse<T>(p.Items, p.TotalCount ?? p.Items.Count));
    }

    /// <summary>A list that Clerk sends as a page (<c>{"data": [...], "total_count": n}</c>, what <c>@clerk/backend</c> asks
    /// for with <c>paginated=true</c>) or, as the specification describes it, as a bare array (the total is then the
    /// number of items).</summary>
    /// <param name="page">The wire page's metadata.</param>
    /// <param name="array">The bare list's metadata.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static Decoder<Pagination.PageOf<T>> PageOfOrArray<T>(JsonTypeInfo<PageWire<T>> page, JsonTypeInfo<List<T>> array)
    {
        var asPage = PageOf(page);
        var asArray = Array(array);
        return response => StartsWithArray(response.Body.Span)
            ? asArray(response).Map(items => new Pagination.PageOf<T>(items, null))
            : asPage(response);
    }

    /// <summary><see cref="PageOfOrArray{T}"/> with the total filled in (the number of items when Clerk sent none).</summary>
    /// <param name="page">The wire page's metadata.</param>
    /// <param name="array">The bare list's metadata.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static Decoder<PaginatedResourceResponse<T>> PageOrArray<T>(JsonTypeInfo<PageWire<T>> page, JsonTypeInfo<List<T>> array)
    {
        var decode = PageOfOrArray(page, array);
        return response => decode(response).Map(p => new PaginatedResourceResponse<T>(p.Items, p.TotalCount ?? p.Items.Count));
    }

    private static bool StartsWithArray(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && body[start] == (byte)'[';
    }

    /// <summary>A paginated list as a <see cref="Pagination.PageOf{T}"/>: the items and the total only when Clerk reported it.</summary>
    /// <param name="typeInfo">The wire page's metadata.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static Decoder<Pagination.PageOf<T>> PageOf<T>(JsonTypeInfo<PageWire<T>> typeInfo) =>
        response => SuccessJson(response)
            .Bind(body => Deserialize(response.Status, body, typeInfo))
            .Bind(page => page.Data is null
                ? Left<ClerkError, Pagination.PageOf<T>>(new ClerkError.Undecodable(response.Status, "expected a page with a \"data\" array"))
                : page.Data.Any(item => item is null)
                    ? Left<ClerkError, Pagination.PageOf<T>>(new ClerkError.Undecodable(response.Status, "null item in \"data\""))
                    : Right<ClerkError, Pagination.PageOf<T>>(new Pagination.PageOf<T>(page.Data.AsReadOnly(), page.TotalCount)));

    /// <summary>A bare JSON array of resources.</summary>
    /// <param name="typeInfo">The list's metadata.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static Decoder<IReadOnlyList<T>> Array<T>(JsonTypeInfo<List<T>> typeInfo) =>
        response => SuccessJson(response)
            .Bind(body => Deserialize(response.Status, body, typeInfo))
            .Bind(list => list.Any(item => item is null)
                ? Left<ClerkError, IReadOnlyList<T>>(new ClerkError.Undecodable(response.Status, "null item in array"))
                : Right<ClerkError, IReadOnlyList<T>>(list.AsReadOnly()));

    /// <summary><c>{"object": "total_count", "total_count": n}</c>, unwrapped to the number.</summary>
    public static readonly Decoder<long> TotalCount =
        response => Json(ClerkJsonContext.Default.TotalCount)(response)
            .Bind(t => t.Count is { } n
                ? Right<ClerkError, long>(n)
                : Left<ClerkError, long>(new ClerkError.Undecodable(response.Status, "expected \"total_count\"")));

    /// <summary>A deleted-object confirmation.</summary>
    public static readonly Decoder<DeletedObject> Deleted = Json(ClerkJsonContext.Default.DeletedObject);

    /// <summary>Any JSON value, returned as is.</summary>
    public static readonly Decoder<JsonElement> Raw =
        response => SuccessJson(response).Bind(body => ParseElement(response.Status, body));

    /// <summary>Success without a value (any 2xx, body ignored).</summary>
    public static readonly Decoder<Unit> Unit =
        response => IsSuccess(response.Status) ? Right<ClerkError, Unit>(Prelude.unit) : Left<ClerkError, Unit>(ApiError(response));

    /// <summary>True for 2xx.</summary>
    /// <param name="status">The status code.</param>
    public static bool IsSuccess(int status) => status is >= 200 and < 300;

    /// <summary>The body of a 2xx JSON response, or the matching error.</summary>
    /// <param name="response">The response.</param>
    public static Either<ClerkError, ReadOnlyMemory<byte>> SuccessJson(ClerkResponse response) =>
        !IsSuccess(response.Status)
            ? Left<ClerkError, ReadOnlyMemory<byte>>(ApiError(response))
            : !IsJson(response)
                ? Left<ClerkError, ReadOnlyMemory<byte>>(new ClerkError.Undecodable(response.Status,
                    $"expected application/json, got {response.Header("Content-Type").IfNone("no content type")}"))
                : Right<ClerkError, ReadOnlyMemory<byte>>(response.Body);

    /// <summary>True when the content type's media type is <c>application/json</c> (parameters such as charset allowed).</summary>
    /// <param name="response">The response.</param>
    public static bool IsJson(ClerkResponse response) =>
        response.Header("Content-Type")
            .Map(v => MediaTypeHeaderValue.TryParse(v, out var media) &&
                      string.Equals(media.MediaType, "application/json", StringComparison.OrdinalIgnoreCase))
            .IfNone(false);

    /// <summary>Builds the API error for a non-2xx response: Clerk's error list when the body has one, the trace id from
    /// the body's <c>clerk_trace_id</c> or else the <c>cf-ray</c> header, and <c>Retry-After</c> in seconds.</summary>
    /// <param name="response">The response.</param>
    public static ClerkError.Api ApiError(ClerkResponse response)
    {
        var envelope = IsJson(response) ? TryDeserialize(response.Body, ClerkJsonContext.Default.ErrorsWire) : null;
        var bodyTraceId = envelope?.ClerkTraceId is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
        return new ClerkError.Api(
            response.Status,
            response.ReasonPhrase,
            ValueList.From((envelope?.Errors ?? []).Where(e => e is not null).Select(e => ToApiError(e!))),
            bodyTraceId ?? response.Header("cf-ray").IfNone(""),
            response.Header("Retry-After").Bind(value => RetryAfterSeconds(value, response.Header("Date"))).ToNullable());
    }

    /// <summary>Reads <c>Retry-After</c> as whole seconds: a leading integer (like <c>parseInt</c>), or an HTTP date
    /// measured from the response's <c>Date</c> header (both are the server's clock), else none.</summary>
    /// <param name="value">The header value.</param>
    /// <param name="date">The response's <c>Date</c> header, when present.</param>
    public static Option<int> RetryAfterSeconds(string value, Option<string> date) =>
        RetryAfterSeconds(value) || (
            from retryAt in ParseHttpDate(value)
            from sent in date.Bind(ParseHttpDate)
            select (int)Math.Max(0, Math.Ceiling((retryAt - sent).TotalSeconds)));

    private static Option<DateTimeOffset> ParseHttpDate(string value) =>
        DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Some(date)
            : None;

    /// <summary>Reads <c>Retry-After</c> as whole seconds, like <c>parseInt</c>: a leading integer, else none. A negative
    /// value (which RFC 9110 does not allow) is none: a wait cannot be negative.</summary>
    /// <param name="value">The header value.</param>
    public static Option<int> RetryAfterSeconds(string value)
    {
        var trimmed = value.TrimStart();
        var digits = new string(trimmed.TakeWhile((c, i) => char.IsAsciiDigit(c) || (i == 0 && c is '-' or '+')).ToArray());
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= 0 ? Some(n) : None;
    }

    internal static ClerkApiError ToApiError(ErrorWire e) =>
        new(StringOf(e.Code) ?? "", StringOf(e.Message) ?? "", StringOf(e.LongMessage), MetaOf(e.Meta));

    private static ClerkApiErrorMeta MetaOf(JsonElement meta) =>
        meta.ValueKind != JsonValueKind.Object
            ? ClerkApiErrorMeta.Empty
            : new ClerkApiErrorMeta(
                StringOf(Member(meta, "param_name")),
                StringOf(Member(meta, "session_id")),
                StringsOf(Member(meta, "email_addresses")),
                StringsOf(Member(meta, "identifiers")),
                meta.Clone());

    private static JsonElement Member(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value : default;

    private static string? StringOf(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static ValueList<string> StringsOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array
            ? ValueList.From(e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!))
            : [];

    private static Either<ClerkError, T> Deserialize<T>(int status, ReadOnlyMemory<byte> body, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            var value = JsonSerializer.Deserialize(body.Span, typeInfo);
            return value is null
                ? Left<ClerkError, T>(new ClerkError.Undecodable(status, "the body is JSON null"))
                : Right<ClerkError, T>(value);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return Left<ClerkError, T>(new ClerkError.Undecodable(status, Describe(e)));
        }
    }

    private static T? TryDeserialize<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<T> typeInfo) where T : class =>
        Deserialize(0, body, typeInfo).Case as T;

    private static Either<ClerkError, JsonElement> ParseElement(int status, ReadOnlyMemory<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return Right<ClerkError, JsonElement>(doc.RootElement.Clone());
        }
        catch (JsonException e)
        {
            return Left<ClerkError, JsonElement>(new ClerkError.Undecodable(status, Describe(e)));
        }
    }

    private static string Describe(Exception e) => e switch
    {
        JsonException j => $"invalid JSON for the expected shape (line {j.LineNumber}, byte {j.BytePositionInLine}, path {j.Path ?? "$"})",
        _ => e.Message,
    };
}

/// <summary>One page of a list: the items and the total across all pages.</summary>
/// <param name="Data">The items of this page.</param>
/// <param name="TotalCount">The total number of items.</param>
/// <typeparam name="T">The item type.</typeparam>
public sealed record PaginatedResourceResponse<T>(IReadOnlyList<T> Data, long TotalCount);
