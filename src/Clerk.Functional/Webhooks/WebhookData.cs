using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Webhooks;

/// <summary>
/// The <c>data</c> of a webhook event decoded into the resource its event type carries, as a closed set of cases:
/// one per resource, <see cref="DeletedData"/> for every <c>*.deleted</c> event that sends a deleted object,
/// <see cref="Unknown"/> for event types this SDK does not know, and <see cref="Undecodable"/> for a known type whose
/// data is not the expected shape. Neither of the last two is an error: the event was verified and its raw JSON is there.
/// In C#: <c>switch (evt.TypedData) { case WebhookData.UserData(var user): ... }</c>; in F#:
/// <c>match evt.TypedData with :? WebhookData.UserData as d -&gt; d.Value ...</c>, or <see cref="WebhookEvent.DataAs{T}"/>.
/// </summary>
public abstract record WebhookData
{
    private WebhookData() { }

    /// <summary>The decoded resource (null for <see cref="Unknown"/> and <see cref="Undecodable"/>).</summary>
    internal abstract object? Resource { get; }

    /// <summary><c>user.created</c>, <c>user.updated</c>.</summary>
    /// <param name="Value">The user.</param>
    public sealed record UserData(User Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>user.deleted</c>, <c>organization.deleted</c>, <c>organizationDomain.deleted</c>, <c>role.deleted</c>,
    /// <c>permission.deleted</c>: what was deleted.</summary>
    /// <param name="Value">The deleted object (<c>object</c>, <c>id</c>, <c>deleted</c>, ...).</param>
    public sealed record DeletedData(DeletedObject Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>session.created</c>, <c>session.pending</c>, <c>session.ended</c>, <c>session.removed</c>, <c>session.revoked</c>.</summary>
    /// <param name="Value">The session, with its <see cref="Session.User"/>.</param>
    public sealed record SessionData(Session Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>email.created</c>.</summary>
    /// <param name="Value">The email.</param>
    public sealed record EmailData(Email Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>sms.created</c>.</summary>
    /// <param name="Value">The text message.</param>
    public sealed record SmsData(SmsMessage Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>organization.created</c>, <c>organization.updated</c>.</summary>
    /// <param name="Value">The organization.</param>
    public sealed record OrganizationData(Organization Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>organizationDomain.created</c>, <c>organizationDomain.updated</c>.</summary>
    /// <param name="Value">The domain.</param>
    public sealed record OrganizationDomainData(OrganizationDomain Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>organizationMembership.created</c>, <c>organizationMembership.updated</c>, <c>organizationMembership.deleted</c>
    /// (the deleted event sends the whole membership).</summary>
    /// <param name="Value">The membership.</param>
    public sealed record OrganizationMembershipData(OrganizationMembership Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>organizationInvitation.created</c>, <c>organizationInvitation.revoked</c>.</summary>
    /// <param name="Value">The invitation.</param>
    public sealed record OrganizationInvitationData(OrganizationInvitation Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>organizationInvitation.accepted</c>: the invitation and the user who accepted it.</summary>
    /// <param name="Value">The invitation.</param>
    /// <param name="UserId">The ID of the user who accepted (<c>user_id</c>), empty when Clerk left it out.</param>
    public sealed record OrganizationInvitationAcceptedData(OrganizationInvitation Value, string UserId) : WebhookData
    {
        internal override object? Resource => Value;
    }

    /// <summary><c>role.created</c>, <c>role.updated</c>.</summary>
    /// <param name="Value">The role.</param>
    public sealed record RoleData(Role Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>permission.created</c>, <c>permission.updated</c>.</summary>
    /// <param name="Value">The permission.</param>
    public sealed record PermissionData(Permission Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>waitlistEntry.created</c>, <c>waitlistEntry.updated</c>.</summary>
    /// <param name="Value">The waitlist entry.</param>
    public sealed record WaitlistEntryData(WaitlistEntry Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>paymentAttempt.created</c>, <c>paymentAttempt.updated</c>.</summary>
    /// <param name="Value">The payment attempt.</param>
    public sealed record PaymentAttemptData(BillingPaymentAttemptEventPayload Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary><c>subscription.created</c>, <c>subscription.updated</c>, <c>subscription.active</c>, <c>subscription.pastDue</c>.</summary>
    /// <param name="Value">The subscription.</param>
    public sealed record SubscriptionData(BillingSubscriptionEventPayload Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary>The nine <c>subscriptionItem.*</c> events (<c>active</c>, <c>updated</c>, <c>canceled</c>, <c>pastDue</c>, ...).</summary>
    /// <param name="Value">The subscription item.</param>
    public sealed record SubscriptionItemData(BillingSubscriptionItemEventPayload Value) : WebhookData { internal override object? Resource => Value; }

    /// <summary>An event type this SDK does not know: the data as sent.</summary>
    /// <param name="Json">The raw <c>data</c> (an undefined element when the body had none).</param>
    public sealed record Unknown(JsonElement Json) : WebhookData { internal override object? Resource => null; }

    /// <summary>A known event type whose data did not decode into its resource: the data as sent, and why.</summary>
    /// <param name="Json">The raw <c>data</c> (an undefined element when the body had none).</param>
    /// <param name="Problem">Why it did not decode.</param>
    public sealed record Undecodable(JsonElement Json, string Problem) : WebhookData { internal override object? Resource => null; }

    private static readonly WebhookJsonContext Ctx = WebhookJsonContext.Default;

    private static readonly Dictionary<string, Func<JsonElement, WebhookData>> Decoders = Build();

    private static Dictionary<string, Func<JsonElement, WebhookData>> Build()
    {
        var d = new Dictionary<string, Func<JsonElement, WebhookData>>(StringComparer.Ordinal);
        void Add<T>(JsonTypeInfo<T> info, Func<T, JsonElement, WebhookData> make, params string[] types) where T : class
        {
            foreach (var type in types) d.Add(type, data => As(data, info, make));
        }

        Add(Ctx.User, (v, _) => new UserData(v), WebhookEventTypes.UserCreated, WebhookEventTypes.UserUpdated);
        Add(Ctx.DeletedObject, (v, _) => new DeletedData(v),
            WebhookEventTypes.UserDeleted, WebhookEventTypes.OrganizationDeleted, WebhookEventTypes.OrganizationDomainDeleted,
            WebhookEventTypes.RoleDeleted, WebhookEventTypes.PermissionDeleted);
        Add(Ctx.Session, (v, _) => new SessionData(v),
            WebhookEventTypes.SessionCreated, WebhookEventTypes.SessionPending, WebhookEventTypes.SessionEnded,
            WebhookEventTypes.SessionRemoved, WebhookEventTypes.SessionRevoked);
        Add(Ctx.Email, (v, _) => new EmailData(v), WebhookEventTypes.EmailCreated);
        Add(Ctx.SmsMessage, (v, _) => new SmsData(v), WebhookEventTypes.SmsCreated);
        Add(Ctx.Organization, (v, _) => new OrganizationData(v), WebhookEventTypes.OrganizationCreated, WebhookEventTypes.OrganizationUpdated);
        Add(Ctx.OrganizationDomain, (v, _) => new OrganizationDomainData(v),
            WebhookEventTypes.OrganizationDomainCreated, WebhookEventTypes.OrganizationDomainUpdated);
        Add(Ctx.OrganizationMembership, (v, _) => new OrganizationMembershipData(v),
            WebhookEventTypes.OrganizationMembershipCreated, WebhookEventTypes.OrganizationMembershipUpdated,
            WebhookEventTypes.OrganizationMembershipDeleted);
        Add(Ctx.OrganizationInvitation, (v, _) => new OrganizationInvitationData(v),
            WebhookEventTypes.OrganizationInvitationCreated, WebhookEventTypes.OrganizationInvitationRevoked);
        Add(Ctx.OrganizationInvitation, (v, raw) => new OrganizationInvitationAcceptedData(v, StringMember(raw, "user_id")),
            WebhookEventTypes.OrganizationInvitationAccepted);
        Add(Ctx.Role, (v, _) => new RoleData(v), WebhookEventTypes.RoleCreated, WebhookEventTypes.RoleUpdated);
        Add(Ctx.Permission, (v, _) => new PermissionData(v), WebhookEventTypes.PermissionCreated, WebhookEventTypes.PermissionUpdated);
        Add(Ctx.WaitlistEntry, (v, _) => new WaitlistEntryData(v), WebhookEventTypes.WaitlistEntryCreated, WebhookEventTypes.WaitlistEntryUpdated);
        Add(Ctx.BillingPaymentAttemptEventPayload, (v, _) => new PaymentAttemptData(v),
            WebhookEventTypes.PaymentAttemptCreated, WebhookEventTypes.PaymentAttemptUpdated);
        Add(Ctx.BillingSubscriptionEventPayload, (v, _) => new SubscriptionData(v),
            WebhookEventTypes.SubscriptionCreated, WebhookEventTypes.SubscriptionUpdated, WebhookEventTypes.SubscriptionActive,
            WebhookEventTypes.SubscriptionPastDue);
        Add(Ctx.BillingSubscriptionItemEventPayload, (v, _) => new SubscriptionItemData(v),
            WebhookEventTypes.SubscriptionItemAbandoned, WebhookEventTypes.SubscriptionItemActive, WebhookEventTypes.SubscriptionItemCanceled,
            WebhookEventTypes.SubscriptionItemEnded, WebhookEventTypes.SubscriptionItemFreeTrialEnding,
            WebhookEventTypes.SubscriptionItemIncomplete, WebhookEventTypes.SubscriptionItemPastDue,
            WebhookEventTypes.SubscriptionItemUpcoming, WebhookEventTypes.SubscriptionItemUpdated);
        return d;
    }

    /// <summary>Whether <paramref name="type"/> is an event type with a typed view.</summary>
    /// <param name="type">An event type, e.g. <c>user.created</c>.</param>
    public static bool IsKnownType(string type) => type is not null && Decoders.ContainsKey(type);

    /// <summary>Decodes <paramref name="data"/> for an event of type <paramref name="type"/>. Total: never throws.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="data">The raw <c>data</c> (may be undefined).</param>
    public static WebhookData Decode(string type, JsonElement data) =>
        type is not null && Decoders.TryGetValue(type, out var decode) ? decode(data) : new Unknown(data);

    private static WebhookData As<T>(JsonElement data, JsonTypeInfo<T> info, Func<T, JsonElement, WebhookData> make) where T : class
    {
        if (data.ValueKind != JsonValueKind.Object)
            return new Undecodable(data, data.ValueKind == JsonValueKind.Undefined
                ? "the event has no data"
                : $"expected a JSON object, found {data.ValueKind}");
        try
        {
            return data.Deserialize(info) is { } value
                ? make(value, data)
                : new Undecodable(data, "the data is JSON null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return new Undecodable(data, e is JsonException j
                ? $"not a {typeof(T).Name} (path {j.Path ?? "$"}): {j.Message}"
                : $"not a {typeof(T).Name}: {e.Message}");
        }
    }

    private static string StringMember(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() ?? ""
            : "";
}
