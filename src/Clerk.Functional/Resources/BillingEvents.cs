using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A payment attempt, as sent with the <c>paymentAttempt.*</c> webhook events (Clerk Billing).</summary>
public sealed record BillingPaymentAttemptEventPayload
{
    /// <summary>The object type, when sent: <c>commerce_payment_attempt</c>.</summary>
    [JsonInclude]
    public string? Object { get; internal set; }

    /// <summary>The payment attempt's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The ID of the instance where the attempt occurred.</summary>
    [JsonInclude]
    public string? InstanceId { get; internal set; }

    /// <summary>The ID of the payment.</summary>
    [JsonInclude]
    public string? PaymentId { get; internal set; }

    /// <summary>Deprecated: the ID of the invoice; use <see cref="StatementId"/>.</summary>
    [JsonInclude]
    public string? InvoiceId { get; internal set; }

    /// <summary>The ID of the statement.</summary>
    [JsonInclude]
    public string? StatementId { get; internal set; }

    /// <summary>The payment gateway's ID of the attempt.</summary>
    [JsonInclude]
    public string? GatewayExternalId { get; internal set; }

    /// <summary>The status: <c>pending</c>, <c>paid</c> or <c>failed</c>.</summary>
    [JsonInclude]
    public string Status { get => field ?? ""; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The time of payment, or null while not paid.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PaidAt { get; internal set; }

    /// <summary>The time of failure, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? FailedAt { get; internal set; }

    /// <summary>Why the payment failed, or null.</summary>
    [JsonInclude]
    public BillingPaymentFailedReason? FailedReason { get; internal set; }

    /// <summary>The time of the billing date.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? BillingDate { get; internal set; }

    /// <summary>The charge type: <c>checkout</c> or <c>recurring</c>.</summary>
    [JsonInclude]
    public string? ChargeType { get; internal set; }

    /// <summary>Who is paid.</summary>
    [JsonInclude]
    public BillingPayee? Payee { get; internal set; }

    /// <summary>Who pays.</summary>
    [JsonInclude]
    public BillingPayer? Payer { get; internal set; }

    /// <summary>The amounts.</summary>
    [JsonInclude]
    public BillingTotals? Totals { get; internal set; }

    /// <summary>The payment method.</summary>
    [JsonInclude]
    public BillingPaymentSource? PaymentSource { get; internal set; }

    /// <summary>The subscription items paid for.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingSubscriptionItemEventPayload> SubscriptionItems { get => field ?? []; internal set; }
}

/// <summary>A subscription, as sent with the <c>subscription.*</c> webhook events (Clerk Billing).</summary>
public sealed record BillingSubscriptionEventPayload
{
    /// <summary>The object type: <c>commerce_subscription</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The subscription's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The status, e.g. <c>active</c>, <c>past_due</c>, <c>canceled</c>, <c>ended</c>.</summary>
    [JsonInclude]
    public string Status { get => field ?? ""; internal set; }

    /// <summary>The time of activation, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ActiveAt { get; internal set; }

    /// <summary>The time of cancellation, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CanceledAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of the end, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>When it became past due, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PastDueAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The ID of the latest payment attempt, or null.</summary>
    [JsonInclude]
    public string? LatestPaymentId { get; internal set; }

    /// <summary>The payer's ID.</summary>
    [JsonInclude]
    public string? PayerId { get; internal set; }

    /// <summary>The payer.</summary>
    [JsonInclude]
    public BillingPayer? Payer { get; internal set; }

    /// <summary>The ID of the payment method, or null.</summary>
    [JsonInclude]
    public string? PaymentSourceId { get; internal set; }

    /// <summary>The subscription's items.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingSubscriptionItemEventPayload> Items { get => field ?? []; internal set; }
}

/// <summary>A subscription item (one plan of a subscription), as sent with the <c>subscriptionItem.*</c> webhook events
/// and inside payment attempts and subscriptions (Clerk Billing).</summary>
public sealed record BillingSubscriptionItemEventPayload
{
    /// <summary>The object type, e.g. <c>commerce_subscription_item</c>.</summary>
    [JsonInclude]
    public string? Object { get; internal set; }

    /// <summary>The item's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The status, e.g. <c>active</c>, <c>upcoming</c>, <c>past_due</c>, <c>canceled</c>, <c>ended</c>.</summary>
    [JsonInclude]
    public string Status { get => field ?? ""; internal set; }

    /// <summary>Whether the item is in a free trial.</summary>
    [JsonInclude]
    public bool? IsFreeTrial { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>The time of the start of the period.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PeriodStart { get; internal set; }

    /// <summary>The time of the end of the period, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PeriodEnd { get; internal set; }

    /// <summary>The billing interval: <c>month</c> or <c>annual</c>.</summary>
    [JsonInclude]
    public string? Interval { get; internal set; }

    /// <summary>The billing period (the name inside payment attempts): <c>month</c> or <c>annual</c>.</summary>
    [JsonInclude]
    public string? PlanPeriod { get; internal set; }

    /// <summary>The plan's ID, or null.</summary>
    [JsonInclude]
    public string? PlanId { get; internal set; }

    /// <summary>The plan, or null.</summary>
    [JsonInclude]
    public BillingEventPlan? Plan { get; internal set; }

    /// <summary>The payer, when sent.</summary>
    [JsonInclude]
    public BillingPayer? Payer { get; internal set; }

    /// <summary>The ID of the subscription the item belongs to, or null.</summary>
    [JsonInclude]
    public string? SubscriptionId { get; internal set; }

    /// <summary>The seat entitlement, when sent.</summary>
    [JsonInclude]
    public BillingSeats? Seats { get; internal set; }

    /// <summary>Deprecated: the proration credit; use <see cref="Credits"/>.</summary>
    [JsonInclude]
    public BillingProrationCredit? Credit { get; internal set; }

    /// <summary>The credits applied (proration and account credit), or null.</summary>
    [JsonInclude]
    public BillingCredits? Credits { get; internal set; }

    /// <summary>The proration date (<c>yyyy-MM-dd</c>), when sent.</summary>
    [JsonInclude]
    public string? ProrationDate { get; internal set; }

    /// <summary>The time of cancellation, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CanceledAt { get; internal set; }

    /// <summary>When it became past due, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PastDueAt { get; internal set; }

    /// <summary>The amount paid over the item's lifetime in the smallest currency unit, when sent.</summary>
    [JsonInclude]
    public long? LifetimePaid { get; internal set; }

    /// <summary>The next payment's amount in the smallest currency unit, when sent.</summary>
    [JsonInclude]
    public long? NextPaymentAmount { get; internal set; }

    /// <summary>The time of the next payment, when sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? NextPaymentDate { get; internal set; }

    /// <summary>The item's amount, when sent.</summary>
    [JsonInclude]
    public BillingMoneyAmount? Amount { get; internal set; }
}

/// <summary>An amount of money.</summary>
public sealed record BillingMoneyAmount
{
    /// <summary>The amount in the smallest currency unit (e.g. cents).</summary>
    [JsonInclude]
    public long Amount { get; internal set; }

    /// <summary>The amount for display, e.g. <c>$10.99</c>.</summary>
    [JsonInclude]
    public string AmountFormatted { get => field ?? ""; internal set; }

    /// <summary>The ISO 4217 currency code, e.g. <c>USD</c>.</summary>
    [JsonInclude]
    public string Currency { get => field ?? ""; internal set; }

    /// <summary>The currency symbol, e.g. <c>$</c>.</summary>
    [JsonInclude]
    public string CurrencySymbol { get => field ?? ""; internal set; }
}

/// <summary>The totals of a payment.</summary>
public sealed record BillingTotals
{
    /// <summary>Before taxes.</summary>
    [JsonInclude]
    public BillingMoneyAmount? Subtotal { get; internal set; }

    /// <summary>The taxes.</summary>
    [JsonInclude]
    public BillingMoneyAmount? TaxTotal { get; internal set; }

    /// <summary>Including taxes and fees.</summary>
    [JsonInclude]
    public BillingMoneyAmount? GrandTotal { get; internal set; }

    /// <summary>Per-unit charges (e.g. seats).</summary>
    [JsonInclude]
    public IReadOnlyList<BillingUnitTotal> PerUnitTotals { get => field ?? []; internal set; }
}

/// <summary>A per-unit charge of <see cref="BillingTotals"/>.</summary>
public sealed record BillingUnitTotal
{
    /// <summary>The unit, e.g. <c>seats</c>.</summary>
    [JsonInclude]
    public string? Name { get; internal set; }

    /// <summary>The price per unit in the smallest currency unit.</summary>
    [JsonInclude]
    public long? Amount { get; internal set; }

    /// <summary>The number of units, or null for unlimited.</summary>
    [JsonInclude]
    public long? Quantity { get; internal set; }

    /// <summary>The total charge for these units.</summary>
    [JsonInclude]
    public long? Total { get; internal set; }

    /// <summary>The currency code.</summary>
    [JsonInclude]
    public string? Currency { get; internal set; }
}

/// <summary>Who is paid (the application's payment gateway account).</summary>
public sealed record BillingPayee
{
    /// <summary>The payee's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The gateway, e.g. <c>stripe</c>.</summary>
    [JsonInclude]
    public string? GatewayType { get; internal set; }

    /// <summary>The gateway's ID of the payee.</summary>
    [JsonInclude]
    public string? GatewayExternalId { get; internal set; }

    /// <summary>The payee's status at the gateway.</summary>
    [JsonInclude]
    public string? GatewayStatus { get; internal set; }
}

/// <summary>Who pays: a user or an organization.</summary>
public sealed record BillingPayer
{
    /// <summary>The object type, when sent: <c>commerce_payer</c>.</summary>
    [JsonInclude]
    public string? Object { get; internal set; }

    /// <summary>The payer's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The instance's ID, when sent.</summary>
    [JsonInclude]
    public string? InstanceId { get; internal set; }

    /// <summary>The user's ID (user payers).</summary>
    [JsonInclude]
    public string? UserId { get; internal set; }

    /// <summary>The user's first name (user payers).</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The user's last name (user payers).</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>The payer's email address.</summary>
    [JsonInclude]
    public string? Email { get; internal set; }

    /// <summary>The organization's ID (organization payers).</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>The organization's name (organization payers).</summary>
    [JsonInclude]
    public string? OrganizationName { get; internal set; }

    /// <summary>The user's avatar or the organization's logo.</summary>
    [JsonInclude]
    public string? ImageUrl { get; internal set; }

    /// <summary>The time of creation, when sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>The time of last update, when sent.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>Why a payment failed.</summary>
public sealed record BillingPaymentFailedReason
{
    /// <summary>The error code, e.g. <c>card_declined</c>.</summary>
    [JsonInclude]
    public string Code { get => field ?? ""; internal set; }

    /// <summary>The payment processor's decline code.</summary>
    [JsonInclude]
    public string? DeclineCode { get; internal set; }
}

/// <summary>A payment method.</summary>
public sealed record BillingPaymentSource
{
    /// <summary>The payment method's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The gateway, e.g. <c>stripe</c>.</summary>
    [JsonInclude]
    public string? Gateway { get; internal set; }

    /// <summary>The gateway's ID of the payment method.</summary>
    [JsonInclude]
    public string? GatewayExternalId { get; internal set; }

    /// <summary>The gateway's account ID, or null.</summary>
    [JsonInclude]
    public string? GatewayExternalAccountId { get; internal set; }

    /// <summary>The kind: <c>card</c> or <c>link</c>.</summary>
    [JsonInclude]
    public string? PaymentMethod { get; internal set; }

    /// <summary>The status: <c>active</c> or <c>disconnected</c>.</summary>
    [JsonInclude]
    public string? Status { get; internal set; }

    /// <summary>The card brand, e.g. <c>visa</c>, or null.</summary>
    [JsonInclude]
    public string? CardType { get; internal set; }

    /// <summary>The card's last four digits, or null.</summary>
    [JsonPropertyName("last4")]
    [JsonInclude]
    public string? Last4 { get; internal set; }
}

/// <summary>The plan of a subscription item, as sent in billing webhook events.</summary>
public sealed record BillingEventPlan
{
    /// <summary>The plan's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The instance's ID, when sent.</summary>
    [JsonInclude]
    public string? InstanceId { get; internal set; }

    /// <summary>The product's ID, when sent.</summary>
    [JsonInclude]
    public string? ProductId { get; internal set; }

    /// <summary>The plan's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The plan's slug.</summary>
    [JsonInclude]
    public string Slug { get => field ?? ""; internal set; }

    /// <summary>The plan's description, when sent.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>Whether this is the default plan, when sent.</summary>
    [JsonInclude]
    public bool? IsDefault { get; internal set; }

    /// <summary>Whether the plan charges on a recurring basis.</summary>
    [JsonInclude]
    public bool IsRecurring { get; internal set; }

    /// <summary>Whether changes are prorated, when sent.</summary>
    [JsonInclude]
    public bool? IsProrated { get; internal set; }

    /// <summary>The amount in the smallest currency unit.</summary>
    [JsonInclude]
    public long Amount { get; internal set; }

    /// <summary>The period, e.g. <c>month</c>, when sent.</summary>
    [JsonInclude]
    public string? Period { get; internal set; }

    /// <summary>The number of periods between charges, when sent.</summary>
    [JsonInclude]
    public int? Interval { get; internal set; }

    /// <summary>Whether the plan has a base fee, when sent.</summary>
    [JsonInclude]
    public bool? HasBaseFee { get; internal set; }

    /// <summary>The currency code.</summary>
    [JsonInclude]
    public string Currency { get => field ?? ""; internal set; }

    /// <summary>The monthly amount when billed annually, when sent.</summary>
    [JsonInclude]
    public long? AnnualMonthlyAmount { get; internal set; }

    /// <summary>Whether the plan is shown publicly, when sent.</summary>
    [JsonInclude]
    public bool? PubliclyVisible { get; internal set; }

    /// <summary>Tiered unit prices (unit-based plans only).</summary>
    [JsonInclude]
    public IReadOnlyList<BillingEventPlanUnitPrice> UnitPrices { get => field ?? []; internal set; }
}

/// <summary>The tiered price of one unit (e.g. seats) of a <see cref="BillingEventPlan"/>.</summary>
public sealed record BillingEventPlanUnitPrice
{
    /// <summary>The unit, e.g. <c>seats</c>.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The number of units per block.</summary>
    [JsonInclude]
    public long BlockSize { get; internal set; }

    /// <summary>The tiers, by starting block.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingEventPlanUnitPriceTier> Tiers { get => field ?? []; internal set; }
}

/// <summary>One tier of a <see cref="BillingEventPlanUnitPrice"/>.</summary>
public sealed record BillingEventPlanUnitPriceTier
{
    /// <summary>The first block of the tier.</summary>
    [JsonInclude]
    public long StartsAtBlock { get; internal set; }

    /// <summary>The last block of the tier, or null for no upper bound.</summary>
    [JsonInclude]
    public long? EndsAfterBlock { get; internal set; }

    /// <summary>The price per block in the smallest currency unit.</summary>
    [JsonInclude]
    public long AmountPerBlock { get; internal set; }

    /// <summary>The currency code.</summary>
    [JsonInclude]
    public string Currency { get => field ?? ""; internal set; }
}

/// <summary>The seat entitlement of a subscription item.</summary>
public sealed record BillingSeats
{
    /// <summary>The number of seats, or null for unlimited.</summary>
    [JsonInclude]
    public long? Quantity { get; internal set; }
}

/// <summary>A proration credit.</summary>
public sealed record BillingProrationCredit
{
    /// <summary>The credit.</summary>
    [JsonInclude]
    public BillingMoneyAmount? Amount { get; internal set; }

    /// <summary>Days remaining in the billing cycle.</summary>
    [JsonInclude]
    public long CycleDaysRemaining { get; internal set; }

    /// <summary>Days in the billing cycle.</summary>
    [JsonInclude]
    public long CycleDaysTotal { get; internal set; }

    /// <summary>The part of the cycle remaining (0 to 1).</summary>
    [JsonInclude]
    public double CycleRemainingPercent { get; internal set; }
}

/// <summary>Account credit applied to a charge.</summary>
public sealed record BillingPayerCredit
{
    /// <summary>The credit applied.</summary>
    [JsonInclude]
    public BillingMoneyAmount? AppliedAmount { get; internal set; }

    /// <summary>The credit balance left.</summary>
    [JsonInclude]
    public BillingMoneyAmount? RemainingBalance { get; internal set; }
}

/// <summary>The credits applied to a subscription item.</summary>
public sealed record BillingCredits
{
    /// <summary>The proration credit, when switching plans mid-cycle.</summary>
    [JsonInclude]
    public BillingProrationCredit? Proration { get; internal set; }

    /// <summary>The account credit, when the payer has a balance.</summary>
    [JsonInclude]
    public BillingPayerCredit? Payer { get; internal set; }

    /// <summary>The total credit.</summary>
    [JsonInclude]
    public BillingMoneyAmount? Total { get; internal set; }
}
