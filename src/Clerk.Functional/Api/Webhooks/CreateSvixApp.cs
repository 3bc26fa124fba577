using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Webhooks;

public static partial class WebhooksRequests
{
    /// <summary><c>POST /webhooks/svix</c>.</summary>
    public static Either<ClerkError, ApiCall<SvixAppUrl>> CreateSvixApp() =>
        ApiCall.Of(HttpVerb.Post, Webhooks.Then("svix"), Decode.Json(Ctx.SvixAppUrl));
}

public sealed partial class WebhooksApi
{
    /// <summary><c>POST /webhooks/svix</c>: creates the instance's Svix application; answers its dashboard URL.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SvixAppUrl>> CreateSvixApp(CancellationToken cancellationToken = default) =>
        _runner.Run(WebhooksRequests.CreateSvixApp(), cancellationToken);
}
