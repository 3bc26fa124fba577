using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RedirectUrls;

public static partial class RedirectUrlsRequests
{
    /// <summary><c>GET /redirect_urls/{id}</c>.</summary>
    /// <param name="redirectUrlId">The redirect URL's id.</param>
    public static Either<ClerkError, ApiCall<RedirectUrl>> GetRedirectUrl(string redirectUrlId) =>
        ApiCall.Of(HttpVerb.Get, RedirectUrls.ThenId(redirectUrlId), Decode.Json(Ctx.RedirectUrl));
}

public sealed partial class RedirectUrlsApi
{
    /// <summary><c>GET /redirect_urls/{id}</c>: one redirect URL.</summary>
    /// <param name="redirectUrlId">The redirect URL's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RedirectUrl>> GetRedirectUrl(string redirectUrlId, CancellationToken cancellationToken = default) =>
        _runner.Run(RedirectUrlsRequests.GetRedirectUrl(redirectUrlId), cancellationToken);
}
