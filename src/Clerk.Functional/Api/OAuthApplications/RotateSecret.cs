using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>POST /oauth_applications/{oauth_application_id}/rotate_secret</c>.</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    public static Either<ClerkError, ApiCall<OAuthApplication>> RotateSecret(string oauthApplicationId) =>
        ApiCall.Of(HttpVerb.Post, OAuthApplications.ThenId(oauthApplicationId).Then("rotate_secret"), Decode.Json(Ctx.OAuthApplication));
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>POST /oauth_applications/{oauth_application_id}/rotate_secret</c>: replaces the client secret at once; the answer carries the new one in
    /// <see cref="OAuthApplication.ClientSecret"/>. Update the clients that use it.</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OAuthApplication>> RotateSecret(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.RotateSecret(oauthApplicationId), cancellationToken);
}
