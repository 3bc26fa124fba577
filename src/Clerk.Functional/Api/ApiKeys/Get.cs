using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

public static partial class ApiKeysRequests
{
    /// <summary><c>GET /api_keys/{api_key_id}</c>.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    public static Either<ClerkError, ApiCall<ApiKey>> Get(string apiKeyId) =>
        ApiCall.Of(HttpVerb.Get, ApiKeyRoute(apiKeyId), Decode.Json(Ctx.ApiKey), flags: Flags);
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>GET /api_keys/{api_key_id}</c>: one API key.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKey>> Get(string apiKeyId, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Get(apiKeyId), cancellationToken);
}
