using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A payment attempt, as sent with the <c>paymentAttempt.*</c> webhook events (Clerk Billing).</summary>
public sealed record BillingPaymentAttemptEventPayload
{
    /// <summary>The object type, when sent: <c>commerce_payment_attempt</c>.</summary>
    public string? Object { get; init; }

    /// <summary>The payment attempt's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The ID of the instance where the attempt occurred.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The ID of the payment.</summary>
    public string? PaymentId { get; init; }

    /// <summary>Deprecated: the ID of the invoice; use <see cref="StatementId"/>.</summary>
    public string? InvoiceId { get; init; }

    /// <summary>The ID of the statement.</summary>
    public string? StatementId { get; init; }

    /// <summary>The payment gateway's ID of the attempt.</summary>
    public string? GatewayExternalId { get; init; }

    /// <summary>The status: <c>pending</c>, <c>paid</c> or <c>failed</c>.</summary>
    public string Status { get => field ?? ""; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of payment, or null while not paid.</summary>
    public long? PaidAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of failure, or null.</summary>
    public long? FailedAt { get; init; }

    /// <summary>Why the payment failed, or null.</summary>
    public BillingPaymentFailedReason? FailedReason { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the billing date.</summary>
    public long? BillingDate { get; init; }

    /// <summary>The charge type: <c>checkout</c> or <c>recurring</c>.</summary>
    public string? ChargeType { get; init; }

    /// <summary>Who is paid.</summary>
    public BillingPayee? Payee { get; init; }

    /// <summary>Who pays.</summary>
    public BillingPayer? Payer { get; init; }

    /// <summary>The amounts.</summary>
    public BillingTotals? Totals { get; init; }

    /// <summary>The payment method.</summary>
    public BillingPaymentSource? PaymentSource { get; init; }

    /// <summary>The subscription items paid for.</summary>
    public IReadOnlyList<BillingSubscriptionItemEventPayload> SubscriptionItems { get => field ?? []; init; }
}

/// <summary>A subscription, as sent with the <c>subscription.*</c> webhook events (Clerk Billing).</summary>
public sealed record BillingSubscriptionEventPayload
{
    /// <summary>The object type: <c>commerce_subscription</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The subscription's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The status, e.g. <c>active</c>, <c>past_due</c>, <c>canceled</c>, <c>ended</c>.</summary>
    public string Status { get => field ?? ""; init; }

    /// <summary>Unix timestamp (milliseconds) of activation, or null.</summary>
    public long? ActiveAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of cancellation, or null.</summary>
    public long? CanceledAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the end, or null.</summary>
    public long? EndedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when it became past due, or null.</summary>
    public long? PastDueAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>The ID of the latest payment attempt, or null.</summary>
    public string? LatestPaymentId { get; init; }

    /// <summary>The payer's ID.</summary>
    public string? PayerId { get; init; }

    /// <summary>The payer.</summary>
    public BillingPayer? Payer { get; init; }

    /// <summary>The ID of the payment method, or null.</summary>
    public string? PaymentSourceId { get; init; }

    /// <summary>The subscription's items.</summary>
    public IReadOnlyList<BillingSubscriptionItemEventPayload> Items { get => field ?? []; init; }
}

/// <summary>A subscription item (one plan of a subscription), as sent with the <c>subscriptionItem.*</c> webhook events
/// and inside payment attempts and subscriptions (Clerk Billing).</summary>
public sealed record BillingSubscriptionItemEventPayload
{
    /// <summary>The object type, e.g. <c>commerce_subscription_item</c>.</summary>
    public string? Object { get; init; }

    /// <summary>The item's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The status, e.g. <c>active</c>, <c>upcoming</c>, <c>past_due</c>, <c>canceled</c>, <c>ended</c>.</summary>
    public string Status { get => field ?? ""; init; }

    /// <summary>Whether the item is in a free trial.</summary>
    public bool? IsFreeTrial { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long? UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the start of the period.</summary>
    public long? PeriodStart { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the end of the period, or null.</summary>
    public long? PeriodEnd { get; init; }

    /// <summary>The billing interval: <c>month</c> or <c>annual</c>.</summary>
    public string? Interval { get; init; }

    /// <summary>The billing period (the name inside payment attempts): <c>month</c> or <c>annual</c>.</summary>
    public string? PlanPeriod { get; init; }

    /// <summary>The plan's ID, or null.</summary>
    public string? PlanId { get; init; }

    /// <summary>The plan, or null.</summary>
    public BillingEventPlan? Plan { get; init; }

    /// <summary>The payer, when sent.</summary>
    public BillingPayer? Payer { get; init; }

    /// <summary>The ID of the subscription the item belongs to, or null.</summary>
    public string? SubscriptionId { get; init; }

    /// <summary>The seat entitlement, when sent.</summary>
    public BillingSeats? Seats { get; init; }

    /// <summary>Deprecated: the proration credit; use <see cref="Credits"/>.</summary>
    public BillingProrationCredit? Credit { get; init; }

    /// <summary>The credits applied (proration and account credit), or null.</summary>
    public BillingCredits? Credits { get; init; }

    /// <summary>The proration date (<c>yyyy-MM-dd</c>), when sent.</summary>
    public string? ProrationDate { get; init; }

    /// <summary>Unix timestamp (milliseconds) of cancellation, or null.</summary>
    public long? CanceledAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when it became past due, or null.</summary>
    public long? PastDueAt { get; init; }

    /// <summary>The amount paid over the item's lifetime in the smallest currency unit, when sent.</summary>
    public long? LifetimePaid { get; init; }

    /// <summary>The next payment's amount in the smallest currency unit, when sent.</summary>
    public long? NextPaymentAmount { get; init; }

    /// <summary>Unix timestamp (milliseconds) of the next payment, when sent.</summary>
    public long? NextPaymentDate { get; init; }

    /// <summary>The item's amount, when sent.</summary>
    public BillingMoneyAmount? Amount { get; init; }
}

/// <summary>An amount of money.</summary>
public sealed record BillingMoneyAmount
{
    /// <summary>The amount in the smallest currency unit (e.g. cents).</summary>
    public long Amount { get; init; }

    /// <summary>The amount for display, e.g. <c>$10.99</c>.</summary>
    public string AmountFormatted { get => field ?? ""; init; }

    /// <summary>The ISO 4217 currency code, e.g. <c>USD</c>.</summary>
    public string Currency { get => field ?? ""; init; }

    /// <summary>The currency symbol, e.g. <c>$</c>.</summary>
    public string CurrencySymbol { get => field ?? ""; init; }
}

/// <summary>The totals of a payment.</summary>
public sealed record BillingTotals
{
    /// <summary>Before taxes.</summary>
    public BillingMoneyAmount? Subtotal { get; init; }

    /// <summary>The taxes.</summary>
    public BillingMoneyAmount? TaxTotal { get; init; }

    /// <summary>Including taxes and fees.</summary>
    public BillingMoneyAmount? GrandTotal { get; init; }

    /// <summary>Per-unit charges (e.g. seats).</summary>
    public IReadOnlyList<BillingUnitTotal> PerUnitTotals { get => field ?? []; init; }
}

/// <summary>A per-unit charge of <see cref="BillingTotals"/>.</summary>
public sealed record BillingUnitTotal
{
    /// <summary>The unit, e.g. <c>seats</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The price per unit in the smallest currency unit.</summary>
    public long? Amount { get; init; }

    /// <summary>The number of units, or null for unlimited.</summary>
    public long? Quantity { get; init; }

    /// <summary>The total charge for these units.</summary>
    public long? Total { get; init; }

    /// <summary>The currency code.</summary>
    public string? Currency { get; init; }
}

/// <summary>Who is paid (the application's payment gateway account).</summary>
public sealed record BillingPayee
{
    /// <summary>The payee's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The gateway, e.g. <c>stripe</c>.</summary>
    public string? GatewayType { get; init; }

    /// <summary>The gateway's ID of the payee.</summary>
    public string? GatewayExternalId { get; init; }

    /// <summary>The payee's status at the gateway.</summary>
    public string? GatewayStatus { get; init; }
}

/// <summary>Who pays: a user or an organization.</summary>
public sealed record BillingPayer
{
    /// <summary>The object type, when sent: <c>commerce_payer</c>.</summary>
    public string? Object { get; init; }

    /// <summary>The payer's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The instance's ID, when sent.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The user's ID (user payers).</summary>
    public string? UserId { get; init; }

    /// <summary>The user's first name (user payers).</summary>
    public string? FirstName { get; init; }

    /// <summary>The user's last name (user payers).</summary>
    public string? LastName { get; init; }

    /// <summary>The payer's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The organization's ID (organization payers).</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The organization's name (organization payers).</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The user's avatar or the organization's logo.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation, when sent.</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update, when sent.</summary>
    public long? UpdatedAt { get; init; }
}

/// <summary>Why a payment failed.</summary>
public sealed record BillingPaymentFailedReason
{
    /// <summary>The error code, e.g. <c>card_declined</c>.</summary>
    public string Code { get => field ?? ""; init; }

    /// <summary>The payment processor's decline code.</summary>
    public string? DeclineCode { get; init; }
}

/// <summary>A payment method.</summary>
public sealed record BillingPaymentSource
{
    /// <summary>The payment method's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The gateway, e.g. <c>stripe</c>.</summary>
    public string? Gateway { get; init; }

    /// <summary>The gateway's ID of the payment method.</summary>
    public string? GatewayExternalId { get; init; }

    /// <summary>The gateway's account ID, or null.</summary>
    public string? GatewayExternalAccountId { get; init; }

    /// <summary>The kind: <c>card</c> or <c>link</c>.</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>The status: <c>active</c> or <c>disconnected</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The card brand, e.g. <c>visa</c>, or null.</summary>
    public string? CardType { get; init; }

    /// <summary>The card's last four digits, or null.</summary>
    [JsonPropertyName("last4")]
    public string? Last4 { get; init; }
}

/// <summary>The plan of a subscription item, as sent in billing webhook events.</summary>
public sealed record BillingEventPlan
{
    /// <summary>The plan's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The instance's ID, when sent.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The product's ID, when sent.</summary>
    public string? ProductId { get; init; }

    /// <summary>The plan's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The plan's slug.</summary>
    public string Slug { get => field ?? ""; init; }

    /// <summary>The plan's description, when sent.</summary>
    public string? Description { get; init; }

    /// <summary>Whether this is the default plan, when sent.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>Whether the plan charges on a recurring basis.</summary>
    public bool IsRecurring { get; init; }

    /// <summary>Whether changes are prorated, when sent.</summary>
    public bool? IsProrated { get; init; }

    /// <summary>The amount in the smallest currency unit.</summary>
    public long Amount { get; init; }

    /// <summary>The period, e.g. <c>month</c>, when sent.</summary>
    public string? Period { get; init; }

    /// <summary>The number of periods between charges, when sent.</summary>
    public int? Interval { get; init; }

    /// <summary>Whether the plan has a base fee, when sent.</summary>
    public bool? HasBaseFee { get; init; }

    /// <summary>The currency code.</summary>
    public string Currency { get => field ?? ""; init; }

    /// <summary>The monthly amount when billed annually, when sent.</summary>
    public long? AnnualMonthlyAmount { get; init; }

    /// <summary>Whether the plan is shown publicly, when sent.</summary>
    public bool? PubliclyVisible { get; init; }

    /// <summary>Tiered unit prices (unit-based plans only).</summary>
    public IReadOnlyList<BillingEventPlanUnitPrice> UnitPrices { get => field ?? []; init; }
}

/// <summary>The tiered price of one unit (e.g. seats) of a <see cref="BillingEventPlan"/>.</summary>
public sealed record BillingEventPlanUnitPrice
{
    /// <summary>The unit, e.g. <c>seats</c>.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The number of units per block.</summary>
    public long BlockSize { get; init; }

    /// <summary>The tiers, by starting block.</summary>
    public IReadOnlyList<BillingEventPlanUnitPriceTier> Tiers { get => field ?? []; init; }
}

/// <summary>One tier of a <see cref="BillingEventPlanUnitPrice"/>.</summary>
public sealed record BillingEventPlanUnitPriceTier
{
    /// <summary>The first block of the tier.</summary>
    public long StartsAtBlock { get; init; }

    /// <summary>The last block of the tier, or null for no upper bound.</summary>
    public long? EndsAfterBlock { get; init; }

    /// <summary>The price per block in the smallest currency unit.</summary>
    public long AmountPerBlock { get; init; }

    /// <summary>The currency code.</summary>
    public string Currency { get => field ?? ""; init; }
}

/// <summary>The seat entitlement of a subscription item.</summary>
public sealed record BillingSeats
{
    /// <summary>The number of seats, or null for unlimited.</summary>
    public long? Quantity { get; init; }
}

/// <summary>A proration credit.</summary>
public sealed record BillingProrationCredit
{
    /// <summary>The credit.</summary>
    public BillingMoneyAmount? Amount { get; init; }

    /// <summary>Days remaining in the billing cycle.</summary>
    public long CycleDaysRemaining { get; init; }

    /// <summary>Days in the billing cycle.</summary>
    public long CycleDaysTotal { get; init; }

    /// <summary>The part of the cycle remaining (0 to 1).</summary>
    public double CycleRemainingPercent { get; init; }
}

/// <summary>Account credit applied to a charge.</summary>
public sealed record BillingPayerCredit
{
    /// <summary>The credit applied.</summary>
    public BillingMoneyAmount? AppliedAmount { get; init; }

    /// <summary>The credit balance left.</summary>
    public BillingMoneyAmount? RemainingBalance { get; init; }
}

/// <summary>The credits applied to a subscription item.</summary>
public sealed record BillingCredits
{
    /// <summary>The proration credit, when switching plans mid-cycle.</summary>
    public BillingProrationCredit? Proration { get; init; }

    /// <summary>The account credit, when the payer has a balance.</summary>
    public BillingPayerCredit? Payer { get; init; }

    /// <summary>The total credit.</summary>
    public BillingMoneyAmount? Total { get; init; }
}
