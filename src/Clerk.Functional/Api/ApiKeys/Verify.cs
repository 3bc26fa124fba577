using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

public static partial class ApiKeysRequests
{
    /// <summary><c>POST /api_keys/verify</c> with <c>{"secret": ...}</c>.</summary>
    /// <param name="secret">The API key to check (<c>ak_…</c>).</param>
    public static Either<ClerkError, ApiCall<ApiKey>> Verify(string secret) =>
        ApiCall.Of(HttpVerb.Post, ApiKeys.Then("verify"), Decode.Json(Ctx.ApiKey), JsonBody.Strings(("secret", secret ?? "")), flags: Flags);
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>POST /api_keys/verify</c>: the API key behind a secret, when it is valid (an invalid one is a 404 API error).</summary>
    /// <param name="secret">The API key to check (<c>ak_…</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKey>> Verify(string secret, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Verify(secret), cancellationToken);
}
