using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A text message Clerk sent or queued (the data of the <c>sms.created</c> webhook event).</summary>
public sealed record SmsMessage
{
    /// <summary>The object type: <c>sms_message</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The message's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The template's slug, e.g. <c>verification_code</c>, or null.</summary>
    [JsonInclude]
    public string? Slug { get; internal set; }

    /// <summary>The sender's phone number.</summary>
    [JsonInclude]
    public string FromPhoneNumber { get => field ?? ""; internal set; }

    /// <summary>The recipient's phone number.</summary>
    [JsonInclude]
    public string ToPhoneNumber { get => field ?? ""; internal set; }

    /// <summary>The ID of the recipient's phone number, or null.</summary>
    [JsonInclude]
    public string? PhoneNumberId { get; internal set; }

    /// <summary>The ID of the recipient user, or null.</summary>
    [JsonInclude]
    public string? UserId { get; internal set; }

    /// <summary>The text.</summary>
    [JsonInclude]
    public string Message { get => field ?? ""; internal set; }

    /// <summary>The delivery status, e.g. <c>queued</c>.</summary>
    [JsonInclude]
    public string Status { get => field ?? ""; internal set; }

    /// <summary>The template data (free-form JSON); an empty object when left out, JSON null stays null.</summary>
    [JsonInclude]
    public JsonElement Data { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Whether Clerk delivers the message (false when your application delivers it).</summary>
    [JsonInclude]
    public bool DeliveredByClerk { get; internal set; }

    /// <summary>The time of creation, when sent as <c>created_at</c>.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>The time of creation, when sent as <c>created_at_ms</c> (the name in Clerk's webhook specification).</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAtMs { get; internal set; }
}
