using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

public static partial class ApiKeysRequests
{
    /// <summary><c>DELETE /api_keys/{api_key_id}</c>.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string apiKeyId) =>
        ApiCall.Of(HttpVerb.Delete, ApiKeyRoute(apiKeyId), Decode.Deleted, flags: Flags);
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>DELETE /api_keys/{api_key_id}</c>: deletes an API key.</summary>
    /// <param name="apiKeyId">The key's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string apiKeyId, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Delete(apiKeyId), cancellationToken);
}
