using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>An email Clerk sent or queued (the data of the <c>email.created</c> webhook event).</summary>
public sealed record Email
{
    /// <summary>The object type: <c>email</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The email's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The template's slug, e.g. <c>verification_code</c>, or null.</summary>
    [JsonInclude]
    public string? Slug { get; internal set; }

    /// <summary>The sender's local part, e.g. <c>notifications</c>.</summary>
    [JsonInclude]
    public string FromEmailName { get => field ?? ""; internal set; }

    /// <summary>The reply-to local part, or null.</summary>
    [JsonInclude]
    public string? ReplyToEmailName { get; internal set; }

    /// <summary>The recipient's address.</summary>
    [JsonInclude]
    public string? ToEmailAddress { get; internal set; }

    /// <summary>The ID of the recipient's email address, or null.</summary>
    [JsonInclude]
    public string? EmailAddressId { get; internal set; }

    /// <summary>The ID of the recipient user, or null.</summary>
    [JsonInclude]
    public string? UserId { get; internal set; }

    /// <summary>The subject.</summary>
    [JsonInclude]
    public string? Subject { get; internal set; }

    /// <summary>The body in HTML.</summary>
    [JsonInclude]
    public string? Body { get; internal set; }

    /// <summary>The body in plain text, or null.</summary>
    [JsonInclude]
    public string? BodyPlain { get; internal set; }

    /// <summary>The delivery status, e.g. <c>queued</c>.</summary>
    [JsonInclude]
    public string? Status { get; internal set; }

    /// <summary>The template data (free-form JSON, e.g. the <c>otp_code</c>); an empty object when left out, JSON null stays null.</summary>
    [JsonInclude]
    public JsonElement Data { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>Whether Clerk delivers the email (false when your application delivers it).</summary>
    [JsonInclude]
    public bool DeliveredByClerk { get; internal set; }

    /// <summary>The time of creation, when sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Why the email was suppressed instead of sent (e.g. a bounced address), or null.</summary>
    [JsonInclude]
    public string? SuppressionReason { get; internal set; }
}
