using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UserRequests
{
    /// <summary><c>GET /users/{user_id}/oauth_access_tokens/oauth_{provider}?paginated=true</c>. A provider already
    /// prefixed with <c>oauth_</c> (the deprecated form) is used as is.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OauthAccessToken>>> GetUserOauthAccessToken(string userId, string provider) =>
        ApiCall.Of(HttpVerb.Get,
            UserRoute(userId).Then("oauth_access_tokens")
                .ThenId(string.IsNullOrEmpty(provider) || provider.StartsWith("oauth_", StringComparison.Ordinal) ? provider : "oauth_" + provider),
            Decode.Page(Ctx.PageWireOauthAccessToken),
            query: QueryBuilder.Empty.Add("paginated", true).Build());
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}/oauth_access_tokens/oauth_{provider}</c>: the user's access tokens for a social provider.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OauthAccessToken>>> GetUserOauthAccessToken(string userId, string provider, CancellationToken cancellationToken = default) =>
        _runner.Run(UserRequests.GetUserOauthAccessToken(userId, provider), cancellationToken);
}
