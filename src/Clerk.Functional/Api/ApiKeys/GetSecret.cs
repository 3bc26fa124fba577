using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

public static partial class ApiKeysRequests
{
    /// <summary><c>GET /api_keys/{api_key_id}/secret</c>.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    public static Either<ClerkError, ApiCall<ApiKeySecret>> GetSecret(string apiKeyId) =>
        ApiCall.Of(HttpVerb.Get, ApiKeyRoute(apiKeyId).Then("secret"), Decode.Json(Ctx.ApiKeySecret), flags: Flags);
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>GET /api_keys/{api_key_id}/secret</c>: the key's secret.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKeySecret>> GetSecret(string apiKeyId, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.GetSecret(apiKeyId), cancellationToken);
}
