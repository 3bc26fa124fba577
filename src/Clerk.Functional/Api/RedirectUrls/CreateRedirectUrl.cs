using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RedirectUrls;

/// <summary>The body of <see cref="RedirectUrlsApi.CreateRedirectUrl"/>.</summary>
public sealed record CreateRedirectUrlParams
{
    /// <summary>The URL, e.g. <c>myapp://callback</c>.</summary>
    public required string Url { get; init; }
}

public static partial class RedirectUrlsRequests
{
    /// <summary><c>POST /redirect_urls</c>.</summary>
    /// <param name="parameters">The URL.</param>
    public static Either<ClerkError, ApiCall<RedirectUrl>> CreateRedirectUrl(CreateRedirectUrlParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, RedirectUrls, Decode.Json(Ctx.RedirectUrl), ClerkJson.Body(parameters, Ctx.CreateRedirectUrlParams));
}

public sealed partial class RedirectUrlsApi
{
    /// <summary><c>POST /redirect_urls</c>: accepts a new redirect URL.</summary>
    /// <param name="parameters">The URL.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RedirectUrl>> CreateRedirectUrl(CreateRedirectUrlParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RedirectUrlsRequests.CreateRedirectUrl(parameters), cancellationToken);
}
