using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Billing;

/// <summary>The <c>billing</c> sub-API: plans and subscriptions of Clerk Billing (experimental). One file per method in this folder.</summary>
public sealed partial class BillingApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public BillingApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>billing</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class BillingRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route SubscriptionItems = Route.Of("billing", "subscription_items");
}
