using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Billing;

public static partial class BillingRequests
{
    /// <summary><c>GET /users/{user_id}/billing/subscription</c>.</summary>
    /// <param name="userId">The user's id.</param>
    public static Either<ClerkError, ApiCall<BillingSubscription>> GetUserBillingSubscription(string userId) =>
        ApiCall.Of(HttpVerb.Get, Route.Of("users").ThenId(userId).Then("billing").Then("subscription"), Decode.Json(Ctx.BillingSubscription));
}

public sealed partial class BillingApi
{
    /// <summary><c>GET /users/{user_id}/billing/subscription</c>: the user's billing subscription.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, BillingSubscription>> GetUserBillingSubscription(string userId, CancellationToken cancellationToken = default) =>
        _runner.Run(BillingRequests.GetUserBillingSubscription(userId), cancellationToken);
}
