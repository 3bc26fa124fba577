using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RedirectUrls;

public static partial class RedirectUrlsRequests
{
    /// <summary><c>DELETE /redirect_urls/{id}</c>.</summary>
    /// <param name="redirectUrlId">The redirect URL's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteRedirectUrl(string redirectUrlId) =>
        ApiCall.Of(HttpVerb.Delete, RedirectUrls.ThenId(redirectUrlId), Decode.Deleted);
}

public sealed partial class RedirectUrlsApi
{
    /// <summary><c>DELETE /redirect_urls/{id}</c>: stops accepting a redirect URL.</summary>
    /// <param name="redirectUrlId">The redirect URL's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteRedirectUrl(string redirectUrlId, CancellationToken cancellationToken = default) =>
        _runner.Run(RedirectUrlsRequests.DeleteRedirectUrl(redirectUrlId), cancellationToken);
}
