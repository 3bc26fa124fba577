using System.Text.Json.Serialization;
using Clerk.Functional.Resources;
using Clerk.Functional.Webhooks;

namespace Clerk.Functional.Json;

/// <summary>
/// The source-generated JSON context of the webhook payloads (the typed views of <see cref="WebhookData"/> and the
/// event attributes), with the same settings as <see cref="ClerkJsonContext"/>: snake_case, unknown members ignored,
/// JavaScript dates. A context of its own because the System.Text.Json generator handles one declaration per context
/// (a second <c>partial</c> declaration of <see cref="ClerkJsonContext"/> with its own attributes makes it fail).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    Converters = [typeof(JsDateConverter)])]
[JsonSerializable(typeof(WebhookEventAttributes))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(DeletedObject))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(OrganizationMembership))]
[JsonSerializable(typeof(OrganizationInvitation))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(Email))]
[JsonSerializable(typeof(SmsMessage))]
[JsonSerializable(typeof(OrganizationDomain))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Permission))]
[JsonSerializable(typeof(Invitation))]
[JsonSerializable(typeof(WaitlistEntry))]
[JsonSerializable(typeof(BillingPaymentAttemptEventPayload))]
[JsonSerializable(typeof(BillingSubscriptionEventPayload))]
[JsonSerializable(typeof(BillingSubscriptionItemEventPayload))]
public sealed partial class WebhookJsonContext : JsonSerializerContext;
