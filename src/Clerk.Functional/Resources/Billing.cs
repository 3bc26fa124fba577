using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A billing plan (<c>commerce_plan</c>).</summary>
public sealed record BillingPlan
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the plan.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The name of the plan.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The fee.</summary>
    [JsonInclude]
    public BillingMoney? Fee { get; internal set; }

    /// <summary>The annual monthly fee.</summary>
    [JsonInclude]
    public BillingMoney? AnnualMonthlyFee { get; internal set; }

    /// <summary>The annual fee.</summary>
    [JsonInclude]
    public BillingMoney? AnnualFee { get; internal set; }

    /// <summary>The description of the plan.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>The ID of the product this plan belongs to.</summary>
    [JsonInclude]
    public string ProductId { get => field ?? ""; internal set; }

    /// <summary>Whether this is the default plan.</summary>
    [JsonInclude]
    public bool IsDefault { get; internal set; }

    /// <summary>Whether this is a recurring plan.</summary>
    [JsonInclude]
    public bool IsRecurring { get; internal set; }

    /// <summary>Whether this plan is publicly visible.</summary>
    [JsonInclude]
    public bool PubliclyVisible { get; internal set; }

    /// <summary>Whether this plan has a base fee.</summary>
    [JsonInclude]
    public bool HasBaseFee { get; internal set; }

    /// <summary>The payer type this plan is designed for.</summary>
    [JsonInclude]
    public string ForPayerType { get => field ?? ""; internal set; }

    /// <summary>The URL-friendly slug for the plan.</summary>
    [JsonInclude]
    public string Slug { get => field ?? ""; internal set; }

    /// <summary>The URL of the plan's avatar image.</summary>
    [JsonInclude]
    public string? AvatarUrl { get; internal set; }

    /// <summary>The features included in this plan.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingFeature> Features { get => field ?? []; internal set; }

    /// <summary>Whether free trial is enabled for this plan.</summary>
    [JsonInclude]
    public bool FreeTrialEnabled { get; internal set; }

    /// <summary>Number of free trial days for this plan.</summary>
    [JsonInclude]
    public long? FreeTrialDays { get; internal set; }

    /// <summary>Per-unit pricing tiers for this plan (for example, seats).</summary>
    [JsonInclude]
    public IReadOnlyList<BillingPlanUnitPrice> UnitPrices { get => field ?? []; internal set; }

    // Members of the specification's second shape of a plan (inside the free-trial extension's answer).

    /// <summary>The amount in cents, when the answer carries it.</summary>
    [JsonInclude]
    public long? Amount { get; internal set; }

    /// <summary>The formatted amount, e.g. <c>$49.99</c>, when the answer carries it.</summary>
    [JsonInclude]
    public string? AmountFormatted { get; internal set; }

    /// <summary>The monthly amount in cents when billed annually, when the answer carries it.</summary>
    [JsonInclude]
    public long? AnnualMonthlyAmount { get; internal set; }

    /// <summary>The formatted annual monthly amount, when the answer carries it.</summary>
    [JsonInclude]
    public string? AnnualMonthlyAmountFormatted { get; internal set; }

    /// <summary>The annual amount in cents, when the answer carries it.</summary>
    [JsonInclude]
    public long? AnnualAmount { get; internal set; }

    /// <summary>The formatted annual amount, when the answer carries it.</summary>
    [JsonInclude]
    public string? AnnualAmountFormatted { get; internal set; }

    /// <summary>The currency symbol, e.g. <c>$</c>, when the answer carries it.</summary>
    [JsonInclude]
    public string? CurrencySymbol { get; internal set; }

    /// <summary>The currency code, e.g. <c>USD</c>, when the answer carries it.</summary>
    [JsonInclude]
    public string? Currency { get; internal set; }

    /// <summary>The payer types that can use the plan, when the answer carries them.</summary>
    [JsonInclude]
    public IReadOnlyList<string>? PayerType { get; internal set; }

    /// <summary>The billing period, when the answer carries it.</summary>
    [JsonInclude]
    public string? Period { get; internal set; }

    /// <summary>The billing interval, when the answer carries it.</summary>
    [JsonInclude]
    public long? Interval { get; internal set; }
}

/// <summary>A payer's billing subscription (<c>commerce_subscription</c>).</summary>
public sealed record BillingSubscription
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the commerce subscription.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The ID of the instance this subscription belongs to.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>The current status of the subscription.</summary>
    [JsonInclude]
    public BillingSubscriptionStatus? Status { get; internal set; }

    /// <summary>The ID of the payer for this subscription.</summary>
    [JsonInclude]
    public string PayerId { get => field ?? ""; internal set; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Unix timestamp (milliseconds) when the subscription became active.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ActiveAt { get; internal set; }

    /// <summary>Unix timestamp (milliseconds) when the subscription became past due.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PastDueAt { get; internal set; }

    /// <summary>Array of subscription items in this subscription.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingSubscriptionItem> SubscriptionItems { get => field ?? []; internal set; }

    /// <summary>Information about the next scheduled payment.</summary>
    [JsonInclude]
    public BillingSubscriptionNextPayment? NextPayment { get; internal set; }

    /// <summary>Whether the payer is eligible for a free trial.</summary>
    [JsonInclude]
    public bool? EligibleForFreeTrial { get; internal set; }
}

/// <summary>One plan of a billing subscription (<c>commerce_subscription_item</c>).</summary>
public sealed record BillingSubscriptionItem
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the subscription item.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the Clerk instance.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>Current status of the subscription item.</summary>
    [JsonInclude]
    public BillingSubscriptionItemStatus? Status { get; internal set; }

    /// <summary>Credit information (only available in PaymentAttempt events).</summary>
    [JsonInclude]
    public BillingSubscriptionCredit? Credit { get; internal set; }

    /// <summary>Unified credits breakdown for this subscription item.</summary>
    [JsonInclude]
    public BillingCreditsDetail? Credits { get; internal set; }

    /// <summary>Unique identifier for the associated plan.</summary>
    [JsonInclude]
    public string? PlanId { get; internal set; }

    /// <summary>Unique identifier for the associated price.</summary>
    [JsonInclude]
    public string? PriceId { get; internal set; }

    /// <summary>The associated plan.</summary>
    [JsonInclude]
    public BillingPlan? Plan { get; internal set; }

    /// <summary>The billing period for this subscription item.</summary>
    [JsonInclude]
    public BillingSubscriptionItemPlanPeriod? PlanPeriod { get; internal set; }

    /// <summary>The payment method used for this subscription item.</summary>
    [JsonInclude]
    public BillingPaymentMethod? PaymentMethod { get; internal set; }

    /// <summary>Total amount paid over the lifetime of this subscription item.</summary>
    [JsonInclude]
    public BillingMoney? LifetimePaid { get; internal set; }

    /// <summary>Information about the next payment.</summary>
    [JsonInclude]
    public BillingSubscriptionItemNextPayment? NextPayment { get; internal set; }

    /// <summary>Unique identifier for the payer.</summary>
    [JsonInclude]
    public string PayerId { get => field ?? ""; internal set; }

    /// <summary>The payer associated with this subscription item.</summary>
    [JsonInclude]
    public BillingPayerDetail? Payer { get; internal set; }

    /// <summary>Whether this subscription item includes a free trial.</summary>
    [JsonInclude]
    public bool IsFreeTrial { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the current period started.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset PeriodStart { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the current period ends.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PeriodEnd { get; internal set; }

    /// <summary>The day the subscription item was prorated from.</summary>
    [JsonInclude]
    public string? ProrationDate { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the subscription item was canceled.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CanceledAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the subscription item became past due.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? PastDueAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the subscription item ended.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the subscription item was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the subscription item was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>Seat quantity for seat-based billing.</summary>
    [JsonInclude]
    public BillingSubscriptionItemSeats? Seats { get; internal set; }

    /// <summary>Totals for this subscription item.</summary>
    [JsonInclude]
    public BillingItemTotals? Totals { get; internal set; }

    // Members of the specification's second shape of a subscription item (the free-trial extension's answer).

    /// <summary>The payment source's id, when the answer carries it.</summary>
    [JsonInclude]
    public string? PaymentSourceId { get; internal set; }

    /// <summary>The payment source, when the answer carries it.</summary>
    [JsonInclude]
    public BillingPaymentSourceDetail? PaymentSource { get; internal set; }

    /// <summary>The current amount, when the answer carries it.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>The next invoice, when the answer carries it.</summary>
    [JsonInclude]
    public BillingSubscriptionItemNextPayment? NextInvoice { get; internal set; }
}

/// <summary>Billing Totals Detail.</summary>
public sealed record BillingTotalsDetail
{
    /// <summary>The subtotal.</summary>
    [JsonInclude]
    public BillingMoney? Subtotal { get; internal set; }

    /// <summary>The base fee.</summary>
    [JsonInclude]
    public BillingMoney? BaseFee { get; internal set; }

    /// <summary>The tax total.</summary>
    [JsonInclude]
    public BillingMoney? TaxTotal { get; internal set; }

    /// <summary>The grand total.</summary>
    [JsonInclude]
    public BillingMoney? GrandTotal { get; internal set; }

    /// <summary>The per unit totals.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingPerUnitTotal> PerUnitTotals { get => field ?? []; internal set; }

    /// <summary>The credits.</summary>
    [JsonInclude]
    public BillingCreditsDetail? Credits { get; internal set; }

    /// <summary>The discounts.</summary>
    [JsonInclude]
    public BillingDiscounts? Discounts { get; internal set; }
}

/// <summary>Billing Item Totals.</summary>
public sealed record BillingItemTotals
{
    /// <summary>The subtotal.</summary>
    [JsonInclude]
    public BillingMoney? Subtotal { get; internal set; }

    /// <summary>The base fee.</summary>
    [JsonInclude]
    public BillingMoney? BaseFee { get; internal set; }

    /// <summary>The tax total.</summary>
    [JsonInclude]
    public BillingMoney? TaxTotal { get; internal set; }

    /// <summary>The grand total.</summary>
    [JsonInclude]
    public BillingMoney? GrandTotal { get; internal set; }

    /// <summary>The per unit totals.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingItemPerUnitTotal> PerUnitTotals { get => field ?? []; internal set; }

    /// <summary>The credits.</summary>
    [JsonInclude]
    public BillingCreditsDetail? Credits { get; internal set; }

    /// <summary>Information about the discounts applied to the payment.</summary>
    [JsonInclude]
    public BillingDiscounts? Discounts { get; internal set; }
}

/// <summary>Billing Payer Detail.</summary>
public sealed record BillingPayerDetail
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the payer.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the Clerk instance.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>User ID for user-type payers.</summary>
    [JsonInclude]
    public string? UserId { get; internal set; }

    /// <summary>First name of the payer.</summary>
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>Last name of the payer.</summary>
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>Email address of the payer.</summary>
    [JsonInclude]
    public string? Email { get; internal set; }

    /// <summary>Organization ID for org-type payers.</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>Organization name for org-type payers.</summary>
    [JsonInclude]
    public string? OrganizationName { get; internal set; }

    /// <summary>URL of the payer's image/avatar.</summary>
    [JsonInclude]
    public string? ImageUrl { get; internal set; }

    /// <summary>Current credits balance for the payer.</summary>
    [JsonInclude]
    public BillingMoney? CreditsBalance { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payer was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payer was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>Billing Item Per Unit Total Tier.</summary>
public sealed record BillingItemPerUnitTotalTier
{
    /// <summary>Units billed in this tier; null means unlimited.</summary>
    [JsonInclude]
    public long? Quantity { get; internal set; }

    /// <summary>Price charged per block in this tier.</summary>
    [JsonInclude]
    public BillingMoney? FeePerBlock { get; internal set; }

    /// <summary>Total charge for this tier.</summary>
    [JsonInclude]
    public BillingMoney? Total { get; internal set; }
}

/// <summary>Billing Item Per Unit Total.</summary>
public sealed record BillingItemPerUnitTotal
{
    /// <summary>Name of the billable unit (for example, seats).</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>Number of units included in each pricing block.</summary>
    [JsonInclude]
    public long BlockSize { get; internal set; }

    /// <summary>Computed totals for each pricing tier.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingItemPerUnitTotalTier> Tiers { get => field ?? []; internal set; }
}

/// <summary>Billing Feature.</summary>
public sealed record BillingFeature
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the feature.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The name of the feature.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The description of the feature.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>The URL-friendly slug for the feature.</summary>
    [JsonInclude]
    public string Slug { get => field ?? ""; internal set; }

    /// <summary>The URL of the feature's avatar image.</summary>
    [JsonInclude]
    public string? AvatarUrl { get; internal set; }
}

/// <summary>Billing Credits Detail.</summary>
public sealed record BillingCreditsDetail
{
    /// <summary>The proration.</summary>
    [JsonInclude]
    public BillingProrationCreditDetail? Proration { get; internal set; }

    /// <summary>The payer.</summary>
    [JsonInclude]
    public BillingPayerCreditDetail? Payer { get; internal set; }

    /// <summary>The total.</summary>
    [JsonInclude]
    public BillingMoney? Total { get; internal set; }
}

/// <summary>Billing Payer Credit Detail.</summary>
public sealed record BillingPayerCreditDetail
{
    /// <summary>The remaining balance.</summary>
    [JsonInclude]
    public BillingMoney? RemainingBalance { get; internal set; }

    /// <summary>The applied amount.</summary>
    [JsonInclude]
    public BillingMoney? AppliedAmount { get; internal set; }
}

/// <summary>Billing Money.</summary>
public sealed record BillingMoney
{
    /// <summary>The amount in cents.</summary>
    [JsonInclude]
    public long Amount { get; internal set; }

    /// <summary>The formatted amount as a string (e.g., "$49.99").</summary>
    [JsonInclude]
    public string AmountFormatted { get => field ?? ""; internal set; }

    /// <summary>The currency code (e.g., "USD").</summary>
    [JsonInclude]
    public string Currency { get => field ?? ""; internal set; }

    /// <summary>The currency symbol (e.g., "$").</summary>
    [JsonInclude]
    public string CurrencySymbol { get => field ?? ""; internal set; }
}

/// <summary>Billing Plan Unit Price.</summary>
public sealed record BillingPlanUnitPrice
{
    /// <summary>Name of the billable unit (for example, seats).</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>Number of units included in each pricing block.</summary>
    [JsonInclude]
    public long BlockSize { get; internal set; }

    /// <summary>Tiered pricing configuration for this unit.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingPlanUnitPriceTier> Tiers { get => field ?? []; internal set; }
}

/// <summary>Billing Subscription Next Payment.</summary>
public sealed record BillingSubscriptionNextPayment
{
    /// <summary>Unix timestamp (milliseconds) of the next payment date.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset Date { get; internal set; }

    /// <summary>The base plan fee for the next payment.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>Per-unit total breakdown (for example, seats) for the next payment.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingItemPerUnitTotal> PerUnitTotals { get => field ?? []; internal set; }

    /// <summary>Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges).</summary>
    [JsonInclude]
    public BillingItemTotals? Totals { get; internal set; }
}

/// <summary>Billing Subscription Credit.</summary>
public sealed record BillingSubscriptionCredit
{
    /// <summary>Credit amount.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>Percentage of the billing cycle remaining.</summary>
    [JsonInclude]
    public double? CycleRemainingPercent { get; internal set; }
}

/// <summary>Billing Payment Method.</summary>
public sealed record BillingPaymentMethod
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the payment method.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the payer.</summary>
    [JsonInclude]
    public string PayerId { get => field ?? ""; internal set; }

    /// <summary>The payment method type.</summary>
    [JsonInclude]
    public BillingPaymentMethodPaymentType? PaymentType { get; internal set; }

    /// <summary>Whether this is the default payment method for the payer.</summary>
    [JsonInclude]
    public bool? IsDefault { get; internal set; }

    /// <summary>The payment gateway.</summary>
    [JsonInclude]
    public string Gateway { get => field ?? ""; internal set; }

    /// <summary>External ID in the payment gateway.</summary>
    [JsonInclude]
    public string GatewayExternalId { get => field ?? ""; internal set; }

    /// <summary>External account ID in the payment gateway.</summary>
    [JsonInclude]
    public string? GatewayExternalAccountId { get; internal set; }

    /// <summary>Last 4 digits of the card (for card payment methods).</summary>
    [JsonInclude]
    public string? Last4 { get; internal set; }

    /// <summary>Status of the payment method.</summary>
    [JsonInclude]
    public BillingPaymentMethodStatus? Status { get; internal set; }

    /// <summary>Type of wallet (if applicable).</summary>
    [JsonInclude]
    public string? WalletType { get; internal set; }

    /// <summary>Type of card (if applicable).</summary>
    [JsonInclude]
    public string? CardType { get; internal set; }

    /// <summary>Card expiration year (for card payment methods).</summary>
    [JsonInclude]
    public long? ExpiryYear { get; internal set; }

    /// <summary>Card expiration month (for card payment methods).</summary>
    [JsonInclude]
    public long? ExpiryMonth { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payment method was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payment method was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>Whether this payment method can be removed.</summary>
    [JsonInclude]
    public bool? IsRemovable { get; internal set; }
}

/// <summary>Billing Subscription Item Next Payment.</summary>
public sealed record BillingSubscriptionItemNextPayment
{
    /// <summary>Base plan fee for the next payment.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) for the next payment date.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Date { get; internal set; }

    /// <summary>Per-unit total breakdown (for example, seats) for the next payment.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingPerUnitTotal> PerUnitTotals { get => field ?? []; internal set; }

    /// <summary>Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges).</summary>
    [JsonInclude]
    public BillingTotalsDetail? Totals { get; internal set; }
}

/// <summary>Billing Subscription Item Seats.</summary>
public sealed record BillingSubscriptionItemSeats
{
    /// <summary>Seat quantity being billed; null means unlimited.</summary>
    [JsonInclude]
    public long? Quantity { get; internal set; }

    /// <summary>Per-unit cost breakdown by pricing tier.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingItemPerUnitTotalTier> Tiers { get => field ?? []; internal set; }
}

/// <summary>Billing Per Unit Total.</summary>
public sealed record BillingPerUnitTotal
{
    /// <summary>Name of the billable unit (for example, `seats`).</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>Number of units included in each pricing block.</summary>
    [JsonInclude]
    public long BlockSize { get; internal set; }

    /// <summary>Computed totals for each pricing tier.</summary>
    [JsonInclude]
    public IReadOnlyList<BillingPerUnitTotalTier> Tiers { get => field ?? []; internal set; }
}

/// <summary>Billing Discounts.</summary>
public sealed record BillingDiscounts
{
    /// <summary>The proration.</summary>
    [JsonInclude]
    public BillingProrationDiscount? Proration { get; internal set; }

    /// <summary>The total.</summary>
    [JsonInclude]
    public BillingMoney? Total { get; internal set; }
}

/// <summary>Billing Proration Credit Detail.</summary>
public sealed record BillingProrationCreditDetail
{
    /// <summary>The amount.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>The cycle days remaining.</summary>
    [JsonInclude]
    public long CycleDaysRemaining { get; internal set; }

    /// <summary>The cycle days total.</summary>
    [JsonInclude]
    public long CycleDaysTotal { get; internal set; }

    /// <summary>The cycle remaining percent.</summary>
    [JsonInclude]
    public double CycleRemainingPercent { get; internal set; }
}

/// <summary>Billing Plan Unit Price Tier.</summary>
public sealed record BillingPlanUnitPriceTier
{
    /// <summary>Start block (inclusive) for this tier.</summary>
    [JsonInclude]
    public long StartsAtBlock { get; internal set; }

    /// <summary>End block (inclusive) for this tier; null means unlimited.</summary>
    [JsonInclude]
    public long? EndsAfterBlock { get; internal set; }

    /// <summary>Price charged per block in this tier.</summary>
    [JsonInclude]
    public BillingMoney? FeePerBlock { get; internal set; }
}

/// <summary>Billing Per Unit Total Tier.</summary>
public sealed record BillingPerUnitTotalTier
{
    /// <summary>Units billed in this tier; null means unlimited.</summary>
    [JsonInclude]
    public long? Quantity { get; internal set; }

    /// <summary>Price charged per block in this tier.</summary>
    [JsonInclude]
    public BillingMoney? FeePerBlock { get; internal set; }

    /// <summary>Total charge for this tier.</summary>
    [JsonInclude]
    public BillingMoney? Total { get; internal set; }
}

/// <summary>Billing Proration Discount.</summary>
public sealed record BillingProrationDiscount
{
    /// <summary>The amount.</summary>
    [JsonInclude]
    public BillingMoney? Amount { get; internal set; }

    /// <summary>The cycle days passed.</summary>
    [JsonInclude]
    public long CycleDaysPassed { get; internal set; }

    /// <summary>The cycle days total.</summary>
    [JsonInclude]
    public long CycleDaysTotal { get; internal set; }

    /// <summary>The cycle passed percent.</summary>
    [JsonInclude]
    public double CyclePassedPercent { get; internal set; }
}

/// <summary>An open set of values: <c>active</c>, <c>past_due</c>, <c>canceled</c>, <c>ended</c>, <c>abandoned</c>, <c>incomplete</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingSubscriptionStatus>))]
public readonly record struct BillingSubscriptionStatus(string Value) : IOpenEnum<BillingSubscriptionStatus>
{
    /// <summary><c>active</c></summary>
    public static readonly BillingSubscriptionStatus Active = new("active");
    /// <summary><c>past_due</c></summary>
    public static readonly BillingSubscriptionStatus PastDue = new("past_due");
    /// <summary><c>canceled</c></summary>
    public static readonly BillingSubscriptionStatus Canceled = new("canceled");
    /// <summary><c>ended</c></summary>
    public static readonly BillingSubscriptionStatus Ended = new("ended");
    /// <summary><c>abandoned</c></summary>
    public static readonly BillingSubscriptionStatus Abandoned = new("abandoned");
    /// <summary><c>incomplete</c></summary>
    public static readonly BillingSubscriptionStatus Incomplete = new("incomplete");

    /// <inheritdoc />
    public static BillingSubscriptionStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An open set of values: <c>active</c>, <c>canceled</c>, <c>expired</c>, <c>ended</c>, <c>past_due</c>, <c>upcoming</c>, <c>incomplete</c>, <c>abandoned</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingSubscriptionItemStatus>))]
public readonly record struct BillingSubscriptionItemStatus(string Value) : IOpenEnum<BillingSubscriptionItemStatus>
{
    /// <summary><c>active</c></summary>
    public static readonly BillingSubscriptionItemStatus Active = new("active");
    /// <summary><c>canceled</c></summary>
    public static readonly BillingSubscriptionItemStatus Canceled = new("canceled");
    /// <summary><c>expired</c></summary>
    public static readonly BillingSubscriptionItemStatus Expired = new("expired");
    /// <summary><c>ended</c></summary>
    public static readonly BillingSubscriptionItemStatus Ended = new("ended");
    /// <summary><c>past_due</c></summary>
    public static readonly BillingSubscriptionItemStatus PastDue = new("past_due");
    /// <summary><c>upcoming</c></summary>
    public static readonly BillingSubscriptionItemStatus Upcoming = new("upcoming");
    /// <summary><c>incomplete</c></summary>
    public static readonly BillingSubscriptionItemStatus Incomplete = new("incomplete");
    /// <summary><c>abandoned</c></summary>
    public static readonly BillingSubscriptionItemStatus Abandoned = new("abandoned");

    /// <inheritdoc />
    public static BillingSubscriptionItemStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An open set of values: <c>month</c>, <c>annual</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingSubscriptionItemPlanPeriod>))]
public readonly record struct BillingSubscriptionItemPlanPeriod(string Value) : IOpenEnum<BillingSubscriptionItemPlanPeriod>
{
    /// <summary><c>month</c></summary>
    public static readonly BillingSubscriptionItemPlanPeriod Month = new("month");
    /// <summary><c>annual</c></summary>
    public static readonly BillingSubscriptionItemPlanPeriod Annual = new("annual");

    /// <inheritdoc />
    public static BillingSubscriptionItemPlanPeriod From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An open set of values: <c>card</c>, <c>link</c>, <c>payer-credits</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingPaymentMethodPaymentType>))]
public readonly record struct BillingPaymentMethodPaymentType(string Value) : IOpenEnum<BillingPaymentMethodPaymentType>
{
    /// <summary><c>card</c></summary>
    public static readonly BillingPaymentMethodPaymentType Card = new("card");
    /// <summary><c>link</c></summary>
    public static readonly BillingPaymentMethodPaymentType Link = new("link");
    /// <summary><c>payer-credits</c></summary>
    public static readonly BillingPaymentMethodPaymentType PayerCredits = new("payer-credits");

    /// <inheritdoc />
    public static BillingPaymentMethodPaymentType From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An open set of values: <c>active</c>, <c>disconnected</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingPaymentMethodStatus>))]
public readonly record struct BillingPaymentMethodStatus(string Value) : IOpenEnum<BillingPaymentMethodStatus>
{
    /// <summary><c>active</c></summary>
    public static readonly BillingPaymentMethodStatus Active = new("active");
    /// <summary><c>disconnected</c></summary>
    public static readonly BillingPaymentMethodStatus Disconnected = new("disconnected");

    /// <inheritdoc />
    public static BillingPaymentMethodStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The payment source of a subscription item, as the free-trial extension answers it.</summary>
public sealed record BillingPaymentSourceDetail
{
    /// <summary>String representing the object's type.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the payment source.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the payer.</summary>
    [JsonInclude]
    public string PayerId { get => field ?? ""; internal set; }

    /// <summary>The payment method type.</summary>
    [JsonInclude]
    public BillingPaymentSourceDetailPaymentMethod? PaymentMethod { get; internal set; }

    /// <summary>Whether this is the default payment source for the payer.</summary>
    [JsonInclude]
    public bool? IsDefault { get; internal set; }

    /// <summary>The payment gateway.</summary>
    [JsonInclude]
    public string Gateway { get => field ?? ""; internal set; }

    /// <summary>External ID in the payment gateway.</summary>
    [JsonInclude]
    public string GatewayExternalId { get => field ?? ""; internal set; }

    /// <summary>External account ID in the payment gateway.</summary>
    [JsonInclude]
    public string? GatewayExternalAccountId { get; internal set; }

    /// <summary>Last 4 digits of the card (for card payment sources).</summary>
    [JsonInclude]
    public string Last4 { get => field ?? ""; internal set; }

    /// <summary>Status of the payment source.</summary>
    [JsonInclude]
    public BillingPaymentSourceDetailStatus? Status { get; internal set; }

    /// <summary>Type of wallet (if applicable).</summary>
    [JsonInclude]
    public string WalletType { get => field ?? ""; internal set; }

    /// <summary>Type of card (if applicable).</summary>
    [JsonInclude]
    public string CardType { get => field ?? ""; internal set; }

    /// <summary>Card expiration year (for card payment sources).</summary>
    [JsonInclude]
    public long? ExpiryYear { get; internal set; }

    /// <summary>Card expiration month (for card payment sources).</summary>
    [JsonInclude]
    public long? ExpiryMonth { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payment source was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Unix timestamp (in milliseconds) when the payment source was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Whether this payment source can be removed.</summary>
    [JsonInclude]
    public bool? IsRemovable { get; internal set; }
}

/// <summary>An open set of values: <c>card</c>, <c>apple_pay</c>, <c>google_pay</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingPaymentSourceDetailPaymentMethod>))]
public readonly record struct BillingPaymentSourceDetailPaymentMethod(string Value) : IOpenEnum<BillingPaymentSourceDetailPaymentMethod>
{
    /// <summary><c>card</c></summary>
    public static readonly BillingPaymentSourceDetailPaymentMethod Card = new("card");
    /// <summary><c>apple_pay</c></summary>
    public static readonly BillingPaymentSourceDetailPaymentMethod ApplePay = new("apple_pay");
    /// <summary><c>google_pay</c></summary>
    public static readonly BillingPaymentSourceDetailPaymentMethod GooglePay = new("google_pay");

    /// <inheritdoc />
    public static BillingPaymentSourceDetailPaymentMethod From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An open set of values: <c>active</c>, <c>disconnected</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<BillingPaymentSourceDetailStatus>))]
public readonly record struct BillingPaymentSourceDetailStatus(string Value) : IOpenEnum<BillingPaymentSourceDetailStatus>
{
    /// <summary><c>active</c></summary>
    public static readonly BillingPaymentSourceDetailStatus Active = new("active");
    /// <summary><c>disconnected</c></summary>
    public static readonly BillingPaymentSourceDetailStatus Disconnected = new("disconnected");

    /// <inheritdoc />
    public static BillingPaymentSourceDetailStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
