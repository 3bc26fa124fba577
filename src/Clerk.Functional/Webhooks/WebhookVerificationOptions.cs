using Clerk.Functional.Json;

namespace Clerk.Functional.Webhooks;

/// <summary>
/// Where <see cref="Webhook.Verify(WebhookVerificationOptions, WebhookHeaders, string)"/> gets its secret and its clock.
/// Like <c>@clerk/backend</c>'s <c>verifyWebhook</c>: the signing secret is <see cref="SigningSecret"/> when it is not null,
/// else the <c>CLERK_WEBHOOK_SIGNING_SECRET</c> variable read through <see cref="Environment"/>. <c>ToString()</c> never shows the secret.
/// </summary>
public sealed record WebhookVerificationOptions
{
    /// <summary>The endpoint's signing secret from the Clerk Dashboard (<c>whsec_…</c>; bare base64 is accepted too).
    /// Null means "read <c>CLERK_WEBHOOK_SIGNING_SECRET</c>"; an empty string is a missing secret (no fallback), as in JavaScript.</summary>
    public string? SigningSecret { get; init; }

    /// <summary>Reads an environment variable; <see cref="System.Environment.GetEnvironmentVariable(string)"/> unless replaced
    /// (e.g. with a configuration lookup, or <c>_ =&gt; null</c> to never read the environment).</summary>
    public Func<string, string?> Environment { get => field ?? System.Environment.GetEnvironmentVariable; init; }

    /// <summary>The clock the timestamp is checked against; <see cref="TimeProvider.System"/> unless replaced.</summary>
    public TimeProvider Clock { get => field ?? TimeProvider.System; init; }

    /// <summary>The default options: the secret from <c>CLERK_WEBHOOK_SIGNING_SECRET</c>, the system clock.</summary>
    public static readonly WebhookVerificationOptions Default = new();

    /// <summary>The secret to use: <see cref="SigningSecret"/>, else the environment variable (null or empty when neither is set).</summary>
    internal string? ResolveSecret() => SigningSecret ?? Environment(Webhook.SigningSecretVariable);

    // The secret stays out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(SigningSecret));
}
