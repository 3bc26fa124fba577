using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>DELETE /oauth_applications/{oauth_application_id}</c>.</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string oauthApplicationId) =>
        ApiCall.Of(HttpVerb.Delete, OAuthApplications.ThenId(oauthApplicationId), Decode.Deleted);
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>DELETE /oauth_applications/{oauth_application_id}</c>: deletes an OAuth application; its tokens stop working.</summary>
    /// <param name="oauthApplicationId">The application's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string oauthApplicationId, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.Delete(oauthApplicationId), cancellationToken);
}
