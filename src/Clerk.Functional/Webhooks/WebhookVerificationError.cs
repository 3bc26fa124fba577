namespace Clerk.Functional.Webhooks;

/// <summary>
/// Why a webhook was not accepted. A closed set of cases: <see cref="MissingSigningSecret"/>,
/// <see cref="InvalidSigningSecret"/>, <see cref="MissingHeaders"/>, <see cref="InvalidTimestamp"/>,
/// <see cref="TimestampTooOld"/>, <see cref="TimestampTooNew"/>, <see cref="NoMatchingSignature"/> and
/// <see cref="InvalidPayload"/>. <see cref="Message"/> is <c>@clerk/backend</c>'s message for the same failure,
/// word for word where it has one; no case holds the signing secret.
/// </summary>
public abstract record WebhookVerificationError
{
    private const string Prefix = "@clerk/backend: ";
    private const string Unverified = Prefix + "Unable to verify incoming webhook: ";

    private WebhookVerificationError() { }

    /// <summary>The message, e.g. <c>@clerk/backend: Unable to verify incoming webhook: No matching signature found</c>.</summary>
    public abstract string Message { get; }

    /// <summary>A stable kebab-case name of the case, e.g. <c>no-matching-signature</c>, for logs and metrics.</summary>
    public abstract string Reason { get; }

    /// <summary>No signing secret was given, and <c>CLERK_WEBHOOK_SIGNING_SECRET</c> is unset or empty.</summary>
    public sealed record MissingSigningSecret : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message =>
            Prefix + "Missing webhook signing secret. Set the CLERK_WEBHOOK_SIGNING_SECRET environment variable with the webhook secret from the Clerk Dashboard.";

        /// <inheritdoc />
        public override string Reason => "missing-signing-secret";
    }

    /// <summary>The signing secret is not <c>whsec_</c> followed by standard base64 (or bare base64) of at least one byte.</summary>
    /// <param name="Problem">What is wrong with it (never the secret itself).</param>
    public sealed record InvalidSigningSecret(string Problem) : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Prefix + "Invalid webhook signing secret: " + Problem;

        /// <inheritdoc />
        public override string Reason => "invalid-signing-secret";
    }

    /// <summary>One or more of the <c>svix-id</c>, <c>svix-timestamp</c>, <c>svix-signature</c> headers is missing or blank
    /// (and the Standard Webhooks names <c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c> are not all there either).</summary>
    /// <param name="Names">The missing <c>svix-*</c> names, in that order.</param>
    public sealed record MissingHeaders(ValueList<string> Names) : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Prefix + "Missing required webhook headers: " + string.Join(", ", Names);

        /// <inheritdoc />
        public override string Reason => "missing-headers";
    }

    /// <summary>The timestamp header does not start with an integer (JavaScript's <c>parseInt</c> gives <c>NaN</c>).</summary>
    public sealed record InvalidTimestamp : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Unverified + "Invalid Signature Headers";

        /// <inheritdoc />
        public override string Reason => "invalid-timestamp";
    }

    /// <summary>The timestamp is more than five minutes before now.</summary>
    /// <param name="Timestamp">The timestamp sent (Unix seconds).</param>
    /// <param name="Now">The verifier's clock (Unix seconds).</param>
    public sealed record TimestampTooOld(long Timestamp, long Now) : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Unverified + "Message timestamp too old";

        /// <inheritdoc />
        public override string Reason => "timestamp-too-old";
    }

    /// <summary>The timestamp is more than five minutes after now.</summary>
    /// <param name="Timestamp">The timestamp sent (Unix seconds).</param>
    /// <param name="Now">The verifier's clock (Unix seconds).</param>
    public sealed record TimestampTooNew(long Timestamp, long Now) : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Unverified + "Message timestamp too new";

        /// <inheritdoc />
        public override string Reason => "timestamp-too-new";
    }

    /// <summary>No <c>v1,</c> entry of the signature header is the signature of this id, timestamp and body under this secret.</summary>
    public sealed record NoMatchingSignature : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Unverified + "No matching signature found";

        /// <inheritdoc />
        public override string Reason => "no-matching-signature";
    }

    /// <summary>The signature is valid but the body is not a JSON object (empty, not JSON, or another JSON value).</summary>
    /// <param name="Problem">What is wrong with it.</param>
    public sealed record InvalidPayload(string Problem) : WebhookVerificationError
    {
        /// <inheritdoc />
        public override string Message => Unverified + Problem;

        /// <inheritdoc />
        public override string Reason => "invalid-payload";
    }

    /// <summary>Folds the closed set of cases into one value.</summary>
    /// <typeparam name="R">The result type.</typeparam>
    /// <param name="missingSigningSecret">For <see cref="MissingSigningSecret"/>.</param>
    /// <param name="invalidSigningSecret">For <see cref="InvalidSigningSecret"/>.</param>
    /// <param name="missingHeaders">For <see cref="MissingHeaders"/>.</param>
    /// <param name="invalidTimestamp">For <see cref="InvalidTimestamp"/>.</param>
    /// <param name="timestampTooOld">For <see cref="TimestampTooOld"/>.</param>
    /// <param name="timestampTooNew">For <see cref="TimestampTooNew"/>.</param>
    /// <param name="noMatchingSignature">For <see cref="NoMatchingSignature"/>.</param>
    /// <param name="invalidPayload">For <see cref="InvalidPayload"/>.</param>
    public R Match<R>(
        Func<MissingSigningSecret, R> missingSigningSecret,
        Func<InvalidSigningSecret, R> invalidSigningSecret,
        Func<MissingHeaders, R> missingHeaders,
        Func<InvalidTimestamp, R> invalidTimestamp,
        Func<TimestampTooOld, R> timestampTooOld,
        Func<TimestampTooNew, R> timestampTooNew,
        Func<NoMatchingSignature, R> noMatchingSignature,
        Func<InvalidPayload, R> invalidPayload) => this switch
    {
        MissingSigningSecret e => missingSigningSecret(e),
        InvalidSigningSecret e => invalidSigningSecret(e),
        MissingHeaders e => missingHeaders(e),
        InvalidTimestamp e => invalidTimestamp(e),
        TimestampTooOld e => timestampTooOld(e),
        TimestampTooNew e => timestampTooNew(e),
        NoMatchingSignature e => noMatchingSignature(e),
        InvalidPayload e => invalidPayload(e),
        _ => throw new InvalidOperationException("unreachable: WebhookVerificationError is closed"),
    };

    /// <summary>The reason and message, e.g. <c>no-matching-signature: @clerk/backend: ...</c>.</summary>
    public sealed override string ToString() => $"{Reason}: {Message}";
}
