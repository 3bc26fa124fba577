using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Webhooks;

/// <summary>The <c>webhooks</c> sub-API: the instance's Svix application, which delivers its webhooks. One file per method in this folder.</summary>
public sealed partial class WebhooksApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public WebhooksApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>webhooks</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class WebhooksRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Webhooks = Route.Of("webhooks");
}
