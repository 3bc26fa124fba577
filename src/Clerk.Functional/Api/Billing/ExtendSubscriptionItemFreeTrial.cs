using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Billing;

/// <summary>The body of <see cref="BillingApi.ExtendSubscriptionItemFreeTrial"/>.</summary>
public sealed record ExtendSubscriptionItemFreeTrialParams
{
    /// <summary>The new end of the free trial (sent as JavaScript writes a date: UTC, milliseconds, <c>Z</c>).</summary>
    [JsonConverter(typeof(JsDateConverter))]
    public required DateTimeOffset ExtendTo { get; init; }
}

public static partial class BillingRequests
{
    /// <summary><c>POST /billing/subscription_items/{id}/extend_free_trial</c>.</summary>
    /// <param name="subscriptionItemId">The subscription item's id.</param>
    /// <param name="parameters">The new end of the trial.</param>
    public static Either<ClerkError, ApiCall<BillingSubscriptionItem>> ExtendSubscriptionItemFreeTrial(string subscriptionItemId, ExtendSubscriptionItemFreeTrialParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, SubscriptionItems.ThenId(subscriptionItemId).Then("extend_free_trial"), Decode.Json(Ctx.BillingSubscriptionItem),
            ClerkJson.Body(parameters, Ctx.ExtendSubscriptionItemFreeTrialParams));
}

public sealed partial class BillingApi
{
    /// <summary><c>POST /billing/subscription_items/{id}/extend_free_trial</c>: moves the end of an item's free trial.</summary>
    /// <param name="subscriptionItemId">The subscription item's id.</param>
    /// <param name="parameters">The new end of the trial.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, BillingSubscriptionItem>> ExtendSubscriptionItemFreeTrial(string subscriptionItemId, ExtendSubscriptionItemFreeTrialParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(BillingRequests.ExtendSubscriptionItemFreeTrial(subscriptionItemId, parameters), cancellationToken);
}
