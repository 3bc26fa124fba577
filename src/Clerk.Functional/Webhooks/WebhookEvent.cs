using System.IO;
using System.Text.Json;
using Clerk.Functional.Json;

namespace Clerk.Functional.Webhooks;

/// <summary>
/// A verified webhook event: the envelope <c>{type, object: "event", data, event_attributes, timestamp, instance_id}</c>
/// that <c>@clerk/backend</c>'s <c>verifyWebhook</c> returns, with the raw JSON always at hand (<see cref="Data"/>,
/// <see cref="Payload"/>) and a typed view of the data by event type (<see cref="TypedData"/>, <see cref="DataAs{T}"/>).
/// Immutable.
/// </summary>
public sealed class WebhookEvent
{
    internal WebhookEvent(JsonElement payload, string messageId, long messageTimestamp)
    {
        Payload = payload;
        MessageId = messageId;
        MessageTimestamp = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(messageTimestamp, MinUnixSeconds, MaxUnixSeconds));
        Type = Text(Member(payload, "type")) ?? "";
        Data = Member(payload, "data");
        EventAttributes = Attributes(Member(payload, "event_attributes"));
        Timestamp = Member(payload, "timestamp") is { ValueKind: JsonValueKind.Number } ts && ts.TryGetInt64(out var n) ? n : null;
        InstanceId = Text(Member(payload, "instance_id"));
        TypedData = WebhookData.Decode(Type, Data);
    }

    /// <summary>The event type, e.g. <c>user.created</c> (see <see cref="WebhookEventTypes"/>); empty when the body had no
    /// string <c>type</c>.</summary>
    public string Type { get; }

    /// <summary>Always <c>event</c>, whatever the body said (as in <c>@clerk/backend</c>).</summary>
    public string Object => "event";

    /// <summary>The event's <c>data</c> exactly as sent; an undefined element (<see cref="JsonValueKind.Undefined"/>) when absent.</summary>
    public JsonElement Data { get; }

    /// <summary>The <c>data</c> decoded into the resource of the event type, or <see cref="WebhookData.Unknown"/> /
    /// <see cref="WebhookData.Undecodable"/> with the raw JSON. Decoding never fails verification.</summary>
    public WebhookData TypedData { get; }

    /// <summary>The request that caused the event (client IP and user agent), when sent.</summary>
    public WebhookEventAttributes? EventAttributes { get; }

    /// <summary>When the event occurred, as sent in <c>timestamp</c> (Unix milliseconds in current payloads); null when absent.</summary>
    public long? Timestamp { get; }

    /// <summary>The ID of the Clerk instance, when sent.</summary>
    public string? InstanceId { get; }

    /// <summary>The whole verified body, including members that the envelope leaves out.</summary>
    public JsonElement Payload { get; }

    /// <summary>The message id from <c>svix-id</c> (or <c>webhook-id</c>): the same for every retry of one delivery, so
    /// it can be used to ignore duplicates.</summary>
    public string MessageId { get; }

    /// <summary>The signed delivery time from <c>svix-timestamp</c> (or <c>webhook-timestamp</c>).</summary>
    public DateTimeOffset MessageTimestamp { get; }

    /// <summary>The data as <typeparamref name="T"/> when the typed view holds a <typeparamref name="T"/>: e.g.
    /// <c>DataAs&lt;User&gt;()</c> is the user for <c>user.created</c> and null for <c>user.deleted</c> (a
    /// <see cref="Resources.DeletedObject"/>), for an unknown type, and for data that did not decode.</summary>
    /// <typeparam name="T">A resource type, e.g. <see cref="Resources.User"/> or <see cref="Resources.Session"/>.</typeparam>
    public T? DataAs<T>() where T : class => TypedData.Resource as T;

    /// <summary>The envelope as JSON, shaped like <c>@clerk/backend</c>'s result: <c>type</c>, <c>object</c> (<c>"event"</c>),
    /// <c>data</c>, <c>event_attributes</c>, <c>timestamp</c>, <c>instance_id</c>, each as sent and left out when the body
    /// had none (where JavaScript holds <c>undefined</c>).</summary>
    public JsonElement ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            WriteMember(writer, "type");
            writer.WriteString("object", "event");
            WriteMember(writer, "data");
            WriteMember(writer, "event_attributes");
            WriteMember(writer, "timestamp");
            WriteMember(writer, "instance_id");
            writer.WriteEndObject();
        }
        using var doc = JsonDocument.Parse(stream.ToArray());
        return doc.RootElement.Clone();
    }

    /// <inheritdoc />
    public override string ToString() => $"WebhookEvent {{ Type = {Type}, MessageId = {MessageId}, InstanceId = {InstanceId} }}";

    private void WriteMember(Utf8JsonWriter writer, string name)
    {
        var value = Member(Payload, name);
        if (value.ValueKind == JsonValueKind.Undefined) return;
        writer.WritePropertyName(name);
        // The member's text as received: JsonElement.WriteTo would unescape strings and refuse escaped lone surrogates.
        writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
    }

    private const long MinUnixSeconds = -62_135_596_800; // DateTimeOffset.MinValue
    private const long MaxUnixSeconds = 253_402_300_799; // DateTimeOffset.MaxValue

    // A JSON string as .NET text; null for other values, and for escapes that are not valid UTF-16 (a lone surrogate).
    private static string? Text(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String) return null;
        try { return value.GetString(); }
        catch (InvalidOperationException) { return null; }
    }

    private static JsonElement Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : default;

    private static WebhookEventAttributes? Attributes(JsonElement raw)
    {
        if (raw.ValueKind != JsonValueKind.Object) return null;
        try { return raw.Deserialize(WebhookJsonContext.Default.WebhookEventAttributes); }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>The <c>event_attributes</c> of a webhook event.</summary>
public sealed record WebhookEventAttributes
{
    /// <summary>The HTTP request that caused the event, when there was one.</summary>
    public WebhookHttpRequest? HttpRequest { get; init; }
}

/// <summary>The HTTP request that caused a webhook event.</summary>
public sealed record WebhookHttpRequest
{
    /// <summary>The client's IP address.</summary>
    public string? ClientIp { get; init; }

    /// <summary>The client's user agent.</summary>
    public string? UserAgent { get; init; }
}
