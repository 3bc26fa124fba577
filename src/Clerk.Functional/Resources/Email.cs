using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An email Clerk sent or queued (the data of the <c>email.created</c> webhook event).</summary>
public sealed record Email
{
    /// <summary>The object type: <c>email</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The email's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The template's slug, e.g. <c>verification_code</c>, or null.</summary>
    public string? Slug { get; init; }

    /// <summary>The sender's local part, e.g. <c>notifications</c>.</summary>
    public string FromEmailName { get => field ?? ""; init; }

    /// <summary>The reply-to local part, or null.</summary>
    public string? ReplyToEmailName { get; init; }

    /// <summary>The recipient's address.</summary>
    public string? ToEmailAddress { get; init; }

    /// <summary>The ID of the recipient's email address, or null.</summary>
    public string? EmailAddressId { get; init; }

    /// <summary>The ID of the recipient user, or null.</summary>
    public string? UserId { get; init; }

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The body in HTML.</summary>
    public string? Body { get; init; }

    /// <summary>The body in plain text, or null.</summary>
    public string? BodyPlain { get; init; }

    /// <summary>The delivery status, e.g. <c>queued</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The template data (free-form JSON, e.g. the <c>otp_code</c>); an empty object when left out, JSON null stays null.</summary>
    public JsonElement Data { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>Whether Clerk delivers the email (false when your application delivers it).</summary>
    public bool DeliveredByClerk { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation, when sent.</summary>
    public long? CreatedAt { get; init; }
}
