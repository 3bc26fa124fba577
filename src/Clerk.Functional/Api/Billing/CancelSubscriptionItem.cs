using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Billing;

/// <summary>How <see cref="BillingApi.CancelSubscriptionItem"/> cancels.</summary>
public sealed record CancelSubscriptionItemParams
{
    /// <summary>True ends the item now; otherwise it ends with the current period (<c>end_now</c> is sent only when true,
    /// as <c>@clerk/backend</c> does).</summary>
    public bool? EndNow { get; init; }
}

public static partial class BillingRequests
{
    /// <summary><c>DELETE /billing/subscription_items/{id}</c>.</summary>
    /// <param name="subscriptionItemId">The subscription item's id.</param>
    /// <param name="parameters">Whether to end it now.</param>
    public static Either<ClerkError, ApiCall<BillingSubscriptionItem>> CancelSubscriptionItem(string subscriptionItemId, CancelSubscriptionItemParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Delete, SubscriptionItems.ThenId(subscriptionItemId), Decode.Json(Ctx.BillingSubscriptionItem),
            query: QueryBuilder.Empty.Add("end_now", parameters?.EndNow == true ? true : null).Build());
}

public sealed partial class BillingApi
{
    /// <summary><c>DELETE /billing/subscription_items/{id}</c>: cancels one plan of a subscription.</summary>
    /// <param name="subscriptionItemId">The subscription item's id.</param>
    /// <param name="parameters">Whether to end it now.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, BillingSubscriptionItem>> CancelSubscriptionItem(string subscriptionItemId, CancelSubscriptionItemParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(BillingRequests.CancelSubscriptionItem(subscriptionItemId, parameters), cancellationToken);
}
