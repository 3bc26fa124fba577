using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Webhooks;

public static partial class WebhooksRequests
{
    /// <summary><c>DELETE /webhooks/svix</c>.</summary>
    public static Either<ClerkError, ApiCall<Unit>> DeleteSvixApp() =>
        ApiCall.Of(HttpVerb.Delete, Webhooks.Then("svix"), Decode.Unit);
}

public sealed partial class WebhooksApi
{
    /// <summary><c>DELETE /webhooks/svix</c>: deletes the instance's Svix application (no more webhooks).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Unit>> DeleteSvixApp(CancellationToken cancellationToken = default) =>
        _runner.Run(WebhooksRequests.DeleteSvixApp(), cancellationToken);
}
