using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Emails;

/// <summary>The email of <see cref="EmailsApi.Create"/> (and, with an idempotency key, of each message of
/// <see cref="EmailsApi.CreateBatch"/>). Set <see cref="Html"/>, <see cref="Text"/> or both. Only set members are sent;
/// the keys of <see cref="Headers"/> are sent as given.</summary>
public record CreateEmailParams
{
    /// <summary>The recipient: an address, or a user of the instance (their primary address).</summary>
    public required EmailRecipient To { get; init; }

    /// <summary>The sender.</summary>
    public required Mailbox From { get; init; }

    /// <summary>Where replies go.</summary>
    public Mailbox? ReplyTo { get; init; }

    /// <summary>The subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The HTML body.</summary>
    public string? Html { get; init; }

    /// <summary>The plain-text body.</summary>
    public string? Text { get; init; }

    /// <summary>Carbon-copy addresses.</summary>
    public IReadOnlyList<string>? Cc { get; init; }

    /// <summary>Blind carbon-copy addresses.</summary>
    public IReadOnlyList<string>? Bcc { get; init; }

    /// <summary>Extra email headers, name to value.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Attachments.</summary>
    public IReadOnlyList<EmailAttachment>? Attachments { get; init; }
}

/// <summary>The recipient of an email: set <see cref="Address"/> (and <see cref="Name"/>) or <see cref="UserId"/>.</summary>
public sealed record EmailRecipient
{
    /// <summary>The email address.</summary>
    public string? Address { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>A user of the instance; the email goes to their primary address (sent as <c>user_id</c>).</summary>
    public string? UserId { get; init; }
}

/// <summary>A sender or reply-to mailbox.</summary>
public sealed record Mailbox
{
    /// <summary>The email address.</summary>
    public required string Address { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }
}

/// <summary>An attachment of an email.</summary>
public sealed record EmailAttachment
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary>The content, base64-encoded.</summary>
    public required string Content { get; init; }
}

/// <summary>The options of <see cref="EmailsApi.Create"/>.</summary>
public sealed record CreateEmailOptions
{
    /// <summary>Sent as the <c>Idempotency-Key</c> header: a retry with the same key sends the email once. ASCII letters,
    /// digits, <c>_</c> and <c>-</c>, at most 255; anything else is rejected before sending.</summary>
    public string? IdempotencyKey { get; init; }
}

public static partial class EmailsRequests
{
    /// <summary><c>POST /email</c>, with the <c>Idempotency-Key</c> header when a key is given.</summary>
    /// <param name="parameters">The email.</param>
    /// <param name="options">The idempotency key.</param>
    public static Either<ClerkError, ApiCall<Resources.Email>> Create(CreateEmailParams? parameters, CreateEmailOptions? options = null) =>
        from p in Params.Require(parameters)
        from _ in ValidIdempotencyKey(options?.IdempotencyKey)
        from body in ClerkJson.Body(p, Ctx.CreateEmailParams)
        from call in ApiCall.Of(HttpVerb.Post, Email, Decode.Json(Ctx.Email), body, IdempotencyHeader(options?.IdempotencyKey))
        select call;

    private static RequestFlags? IdempotencyHeader(string? key) =>
        key is null ? null : new RequestFlags(Headers: ValueList.From([new HeaderValue("Idempotency-Key", key)]));
}

public sealed partial class EmailsApi
{
    /// <summary><c>POST /email</c>: sends a transactional email; answers the stored email and its send status.</summary>
    /// <param name="parameters">The email.</param>
    /// <param name="options">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Resources.Email>> Create(CreateEmailParams parameters, CreateEmailOptions? options = null, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailsRequests.Create(parameters, options), cancellationToken);
}
