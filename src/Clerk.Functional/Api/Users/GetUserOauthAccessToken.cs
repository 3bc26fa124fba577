using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

public static partial class UsersRequests
{
    /// <summary><c>GET /users/{user_id}/oauth_access_tokens/oauth_{provider}?paginated=true</c>. A provider already
    /// prefixed with <c>oauth_</c> (the deprecated form) is used as is.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OauthAccessToken>>> GetUserOauthAccessToken(string userId, string provider) =>
        GetUserOauthAccessToken(userId, provider, null, null, Decode.PageOrArray(Ctx.PageWireOauthAccessToken, Ctx.ListOauthAccessToken));

    /// <summary>One page of <see cref="GetUserOauthAccessToken(string, string)"/> at an offset (for <see cref="Pager{T}"/>).</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="offset">Items to skip.</param>
    public static Either<ClerkError, ApiCall<PageOf<OauthAccessToken>>> GetUserOauthAccessTokenPage(string userId, string provider, int limit, int offset) =>
        GetUserOauthAccessToken(userId, provider, limit, offset, Decode.PageOfOrArray(Ctx.PageWireOauthAccessToken, Ctx.ListOauthAccessToken));

    private static Either<ClerkError, ApiCall<R>> GetUserOauthAccessToken<R>(string userId, string provider, int? limit, int? offset, Decoder<R> decoder) =>
        ApiCall.Of(HttpVerb.Get,
            UserRoute(userId).Then("oauth_access_tokens")
                .ThenId(string.IsNullOrEmpty(provider) || provider.StartsWith("oauth_", StringComparison.Ordinal) ? provider : "oauth_" + provider),
            decoder,
            query: QueryBuilder.Empty.Add("paginated", true).Add("limit", limit).Add("offset", offset).Build());
}

public sealed partial class UsersApi
{
    /// <summary><c>GET /users/{user_id}/oauth_access_tokens/oauth_{provider}</c>: the user's access tokens for a social provider.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OauthAccessToken>>> GetUserOauthAccessToken(string userId, string provider, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.GetUserOauthAccessToken(userId, provider), cancellationToken);

    /// <summary>Every access token of <see cref="GetUserOauthAccessToken"/>, streamed page by page.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    public Pager<OauthAccessToken> GetUserOauthAccessTokenAutoPaging(string userId, string provider) =>
        new((offset, limit, ct) => _runner.Run(UsersRequests.GetUserOauthAccessTokenPage(userId, provider, limit, offset), ct));
}
