using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.RedirectUrls;

/// <summary>The <c>redirectUrls</c> sub-API: the redirect URLs the instance accepts (native apps, custom schemes). One file per method in this folder.</summary>
public sealed partial class RedirectUrlsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public RedirectUrlsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>redirectUrls</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class RedirectUrlsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route RedirectUrls = Route.Of("redirect_urls");
}
