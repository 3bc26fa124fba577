using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Webhooks;

namespace Clerk.CSharp;

/// <summary>
/// Verifies Clerk's webhooks for conventional C#: returns the <see cref="WebhookEvent"/> or throws a
/// <see cref="WebhookVerificationException"/> (answer such requests with 400). A thin facade over
/// <see cref="Webhook"/>; see there for the rules.
/// <code>
/// var evt = await ClerkWebhooks.VerifyAsync(WebhookHeaders.From(name =&gt; Request.Headers[name]), Request.Body);
/// if (evt.TypedData is WebhookData.UserData(var user)) { ... }
/// </code>
/// </summary>
public static class ClerkWebhooks
{
    /// <summary>Verifies a webhook whose raw body is text.</summary>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="options">Secret (else <c>CLERK_WEBHOOK_SIGNING_SECRET</c>) and clock; the defaults when null.</param>
    /// <exception cref="WebhookVerificationException">The webhook is not authentic or not usable.</exception>
    public static WebhookEvent Verify(WebhookHeaders headers, string body, WebhookVerificationOptions? options = null) =>
        Unwrap(Webhook.Verify(options ?? WebhookVerificationOptions.Default, headers, body));

    /// <summary>Verifies a webhook whose raw body is bytes.</summary>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="options">Secret (else <c>CLERK_WEBHOOK_SIGNING_SECRET</c>) and clock; the defaults when null.</param>
    /// <exception cref="WebhookVerificationException">The webhook is not authentic or not usable.</exception>
    public static WebhookEvent Verify(WebhookHeaders headers, byte[] body, WebhookVerificationOptions? options = null) =>
        Unwrap(Webhook.Verify(options ?? WebhookVerificationOptions.Default, headers, body ?? []));

    /// <summary>Reads the raw body to its end, then verifies the webhook.</summary>
    /// <param name="headers">The request's signature headers.</param>
    /// <param name="body">The request body stream, e.g. ASP.NET Core's <c>Request.Body</c> (not disposed here).</param>
    /// <param name="options">Secret (else <c>CLERK_WEBHOOK_SIGNING_SECRET</c>) and clock; the defaults when null.</param>
    /// <param name="cancellationToken">Stops reading the body.</param>
    /// <exception cref="WebhookVerificationException">The webhook is not authentic or not usable.</exception>
    public static async Task<WebhookEvent> VerifyAsync(
        WebhookHeaders headers, Stream body, WebhookVerificationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Unwrap(Webhook.Verify(options ?? WebhookVerificationOptions.Default, headers, buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static WebhookEvent Unwrap(LanguageExt.Either<WebhookVerificationError, WebhookEvent> result) =>
        result.Match(Right: evt => evt, Left: error => throw new WebhookVerificationException(error));
}

/// <summary>A webhook failed verification; <see cref="Verification"/> says why (its <see cref="WebhookVerificationError.Reason"/>
/// is a stable name such as <c>no-matching-signature</c> or <c>timestamp-too-old</c>). Never contains the signing secret.</summary>
public sealed class WebhookVerificationException : ClerkException
{
    /// <summary>Wraps a verification error (as <see cref="Clerk.Functional.Errors.ClerkError.InvalidArgument"/> in <see cref="ClerkException.Error"/>).</summary>
    /// <param name="error">The error.</param>
    public WebhookVerificationException(WebhookVerificationError error)
        : base(new Clerk.Functional.Errors.ClerkError.InvalidArgument((error ?? throw new ArgumentNullException(nameof(error))).Message)) => Verification = error;

    /// <summary>The functional error this exception was thrown for.</summary>
    public WebhookVerificationError Verification { get; }

    /// <summary>The stable name of the failure, e.g. <c>no-matching-signature</c>.</summary>
    public string Reason => Verification.Reason;
}
