using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>GET /oauth_applications/{oauth_application_id}</c>.</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    public static Either<ClerkError, ApiCall<OAuthApplication>> Get(string oauthApplicationId) =>
        ApiCall.Of(HttpVerb.Get, OAuthApplications.ThenId(oauthApplicationId), Decode.Json(Ctx.OAuthApplication));
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>GET /oauth_applications/{oauth_application_id}</c>: one OAuth application (without its secret).</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OAuthApplication>> Get(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.Get(oauthApplicationId), cancellationToken);
}
