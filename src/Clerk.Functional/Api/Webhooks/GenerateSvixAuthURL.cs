using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Webhooks;

public static partial class WebhooksRequests
{
    /// <summary><c>POST /webhooks/svix_url</c>.</summary>
    public static Either<ClerkError, ApiCall<SvixAppUrl>> GenerateSvixAuthURL() =>
        ApiCall.Of(HttpVerb.Post, Webhooks.Then("svix_url"), Decode.Json(Ctx.SvixAppUrl));
}

public sealed partial class WebhooksApi
{
    /// <summary><c>POST /webhooks/svix_url</c>: a fresh, short-lived URL of the Svix dashboard.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SvixAppUrl>> GenerateSvixAuthURL(CancellationToken cancellationToken = default) =>
        _runner.Run(WebhooksRequests.GenerateSvixAuthURL(), cancellationToken);
}
