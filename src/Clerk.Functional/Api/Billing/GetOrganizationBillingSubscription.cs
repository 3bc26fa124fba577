using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Billing;

public static partial class BillingRequests
{
    /// <summary><c>GET /organizations/{organization_id}/billing/subscription</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    public static Either<ClerkError, ApiCall<BillingSubscription>> GetOrganizationBillingSubscription(string organizationId) =>
        ApiCall.Of(HttpVerb.Get, Route.Of("organizations").ThenId(organizationId).Then("billing").Then("subscription"), Decode.Json(Ctx.BillingSubscription));
}

public sealed partial class BillingApi
{
    /// <summary><c>GET /organizations/{organization_id}/billing/subscription</c>: the organization's billing subscription.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, BillingSubscription>> GetOrganizationBillingSubscription(string organizationId, CancellationToken cancellationToken = default) =>
        _runner.Run(BillingRequests.GetOrganizationBillingSubscription(organizationId), cancellationToken);
}
