using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RedirectUrls;

public static partial class RedirectUrlsRequests
{
    /// <summary><c>GET /redirect_urls</c> with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it (the route takes no paging).</summary>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<RedirectUrl>>> GetRedirectUrlList() =>
        ApiCall.Of(HttpVerb.Get, RedirectUrls, Decode.PageOrArray(Ctx.PageWireRedirectUrl, Ctx.ListRedirectUrl),
            query: QueryBuilder.Empty.Add("paginated", true).Build());
}

public sealed partial class RedirectUrlsApi
{
    /// <summary><c>GET /redirect_urls</c>: every redirect URL of the instance, with the total.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<RedirectUrl>>> GetRedirectUrlList(CancellationToken cancellationToken = default) =>
        _runner.Run(RedirectUrlsRequests.GetRedirectUrlList(), cancellationToken);
}
