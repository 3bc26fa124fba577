using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Clerk.Functional.Errors;
using Clerk.Functional.Options;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>
/// Turns a request description and the client options into an <see cref="HttpRequestMessage"/>. Pure: no I/O.
/// Adds <c>Authorization: Bearer &lt;key&gt;</c>, <c>Clerk-API-Version</c>, <c>User-Agent</c> and <c>Content-Type</c>.
/// </summary>
public static class HttpRequestBuilder
{
    /// <summary>The message <c>@clerk/backend</c> gives when a request needs a secret key and none is configured.</summary>
    public const string MissingSecretKey =
        "Missing Clerk Secret Key. Go to https://dashboard.clerk.com and get your key for your instance.";

    /// <summary>The default <c>User-Agent</c>: this SDK's name and version.</summary>
    public static readonly string DefaultUserAgent =
        $"Clerk.Functional/{typeof(HttpRequestBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    /// <summary>Builds the message, or explains why no request can be sent (missing or malformed key, bad options).</summary>
    /// <param name="options">The client options.</param>
    /// <param name="request">The request description.</param>
    public static Either<ClerkError, HttpRequestMessage> Build(ClerkClientOptions options, ClerkRequest request) =>
        options.Validate().Bind(valid => BuildValidated(valid, request));

    /// <summary>Builds the message from options that <see cref="ClerkClientOptions.Validate"/> already accepted
    /// (the live runner validates once, not per request).</summary>
    /// <param name="validOptions">Validated options.</param>
    /// <param name="request">The request description.</param>
    public static Either<ClerkError, HttpRequestMessage> BuildValidated(ClerkClientOptions validOptions, ClerkRequest request) =>
        from valid in request.Validate()
        from key in AuthorizationKey(validOptions, valid.Authorization)
        from message in TryMessage(validOptions, valid, key)
        select message;

    // The checks above leave nothing for HttpRequestMessage to reject; this keeps the contract (a typed error, never an
    // exception) should a header value still be refused by the HTTP stack.
    private static Either<ClerkError, HttpRequestMessage> TryMessage(ClerkClientOptions options, ClerkRequest request, Option<string> key)
    {
        try
        {
            return Message(options, request, key);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            return Left<ClerkError, HttpRequestMessage>(new ClerkError.InvalidArgument($"The request cannot be built: {e.GetType().Name}."));
        }
    }

    /// <summary>The absolute URL of a request: API root, version segment unless skipped, escaped route, form-encoded query.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="request">The request.</param>
    public static Uri Url(ClerkClientOptions options, ClerkRequest request) =>
        new(options.ApiUrl.TrimEnd('/') +
            (request.SkipApiVersionInUrl ? "" : "/" + options.ApiVersion) +
            request.Path.Escaped +
            QueryString(request.Query));

    /// <summary>The query string with its leading <c>?</c>, encoded as <c>application/x-www-form-urlencoded</c>
    /// (as JavaScript's <c>URLSearchParams</c> does: space becomes <c>+</c>); empty when there are no pairs.</summary>
    /// <param name="query">The pairs.</param>
    public static string QueryString(ValueList<QueryParameter> query) =>
        query.IsEmpty ? "" : "?" + string.Join("&", query.Map(q => FormEncode(q.Name) + "=" + FormEncode(q.Value)));

    /// <summary>Form-encodes a string like <c>URLSearchParams</c>: keeps <c>A–Z a–z 0–9 * - . _</c>, space to <c>+</c>, the rest as UTF-8 <c>%XX</c>.</summary>
    /// <param name="value">The text.</param>
    public static string FormEncode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_')
                sb.Append((char)b);
            else if (b == (byte)' ')
                sb.Append('+');
            else
                sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>The <c>User-Agent</c> for these options: <c>userAgent</c> when set, else this SDK's, followed by the
    /// <c>sdkMetadata</c> name and version when set.</summary>
    /// <param name="options">The options.</param>
    public static string UserAgent(ClerkClientOptions options) =>
        (options.UserAgent ?? DefaultUserAgent) +
        (options.SdkMetadata is { } sdk ? $" {sdk.Name}/{sdk.Version}" : "");

    private static Either<ClerkError, Option<string>> AuthorizationKey(ClerkClientOptions options, RequestKey authorization) =>
        authorization switch
        {
            RequestKey.SecretKey when string.IsNullOrEmpty(options.SecretKey) =>
                Left<ClerkError, Option<string>>(new ClerkError.Configuration(MissingSecretKey)),
            RequestKey.MachineSecretKey when !string.IsNullOrEmpty(options.MachineSecretKey) =>
                Right<ClerkError, Option<string>>(Some(options.MachineSecretKey)),
            _ => Right<ClerkError, Option<string>>(Optional(options.SecretKey).Filter(k => k.Length > 0)),
        };

    private static HttpRequestMessage Message(ClerkClientOptions options, ClerkRequest request, Option<string> key)
    {
        var message = new HttpRequestMessage(Method(request.Verb), Url(options, request))
        {
            Content = Content(request.Body),
        };
        key.IfSome(k => message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", k));
        message.Headers.TryAddWithoutValidation("Clerk-API-Version", ClerkClientOptions.ClerkApiVersionHeader);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent(options));
        foreach (var header in request.Headers)
        {
            if (string.Equals(header.Name, "Authorization", StringComparison.OrdinalIgnoreCase))
                message.Headers.Authorization = null;
            message.Headers.Remove(header.Name);
            message.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }
        return message;
    }

    private static HttpMethod Method(HttpVerb verb) => verb switch
    {
        HttpVerb.Get => HttpMethod.Get,
        HttpVerb.Post => HttpMethod.Post,
        HttpVerb.Put => HttpMethod.Put,
        HttpVerb.Patch => HttpMethod.Patch,
        HttpVerb.Delete => HttpMethod.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    // Like @clerk/backend, every non-multipart request carries Content-Type: application/json, even without a body.
    private static HttpContent Content(RequestBody body) => body switch
    {
        RequestBody.Json json => Json(Encoding.UTF8.GetBytes(json.Text)),
        RequestBody.Multipart multipart => Multipart(multipart.Parts),
        _ => Json([]),
    };

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static MultipartFormDataContent Multipart(ValueList<MultipartPart> parts)
    {
        // Header values are written as raw UTF-8, as browsers and Node's fetch do (not RFC 2047-encoded).
        var form = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        foreach (var part in parts)
        {
            var content = new ByteArrayContent(part.Content.ToArray());
            content.Headers.TryAddWithoutValidation("Content-Disposition", ContentDisposition(part.Name, part.FileName));
            if (part.ContentType is not null)
                content.Headers.TryAddWithoutValidation("Content-Type", part.ContentType);
            form.Add(content);
        }
        return form;
    }

    /// <summary>The <c>Content-Disposition</c> of a form part as the WHATWG HTML standard writes it (and Node's fetch
    /// sends it): quoted name and filename, with <c>"</c>, CR and LF percent-encoded; no RFC 5987 <c>filename*</c>.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="fileName">The file name, for a file part.</param>
    public static string ContentDisposition(string name, string? fileName) =>
        $"form-data; name={Quote(name)}" + (fileName is null ? "" : $"; filename={Quote(fileName)}");

    private static string Quote(string value) =>
        "\"" + value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A") + "\"";
}
