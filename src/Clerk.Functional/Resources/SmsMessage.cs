using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A text message Clerk sent or queued (the data of the <c>sms.created</c> webhook event).</summary>
public sealed record SmsMessage
{
    /// <summary>The object type: <c>sms_message</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The message's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The template's slug, e.g. <c>verification_code</c>, or null.</summary>
    public string? Slug { get; init; }

    /// <summary>The sender's phone number.</summary>
    public string FromPhoneNumber { get => field ?? ""; init; }

    /// <summary>The recipient's phone number.</summary>
    public string ToPhoneNumber { get => field ?? ""; init; }

    /// <summary>The ID of the recipient's phone number, or null.</summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>The ID of the recipient user, or null.</summary>
    public string? UserId { get; init; }

    /// <summary>The text.</summary>
    public string Message { get => field ?? ""; init; }

    /// <summary>The delivery status, e.g. <c>queued</c>.</summary>
    public string Status { get => field ?? ""; init; }

    /// <summary>The template data (free-form JSON); an empty object when left out, JSON null stays null.</summary>
    public JsonElement Data { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Whether Clerk delivers the message (false when your application delivers it).</summary>
    public bool DeliveredByClerk { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation, when sent as <c>created_at</c>.</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation, when sent as <c>created_at_ms</c> (the name in Clerk's webhook specification).</summary>
    public long? CreatedAtMs { get; init; }
}
