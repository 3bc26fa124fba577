using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Billing;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>billing</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class BillingClient(BillingApi core)
{
    /// <inheritdoc cref="BillingApi.GetPlanList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<BillingPlan>> GetPlanListAsync(GetPlanListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetPlanList(parameters, cancellationToken));

    /// <inheritdoc cref="BillingApi.GetPlanListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<BillingPlan> GetPlanListAutoPagingAsync(GetPlanListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetPlanListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="BillingApi.CancelSubscriptionItem"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<BillingSubscriptionItem> CancelSubscriptionItemAsync(string subscriptionItemId, CancelSubscriptionItemParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CancelSubscriptionItem(subscriptionItemId, parameters, cancellationToken));

    /// <inheritdoc cref="BillingApi.ExtendSubscriptionItemFreeTrial"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<BillingSubscriptionItem> ExtendSubscriptionItemFreeTrialAsync(string subscriptionItemId, ExtendSubscriptionItemFreeTrialParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.ExtendSubscriptionItemFreeTrial(subscriptionItemId, parameters, cancellationToken));

    /// <inheritdoc cref="BillingApi.GetOrganizationBillingSubscription"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<BillingSubscription> GetOrganizationBillingSubscriptionAsync(string organizationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationBillingSubscription(organizationId, cancellationToken));

    /// <inheritdoc cref="BillingApi.GetUserBillingSubscription"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<BillingSubscription> GetUserBillingSubscriptionAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetUserBillingSubscription(userId, cancellationToken));
}
