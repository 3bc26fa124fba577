using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

/// <summary>The key and reason of <see cref="ApiKeysApi.Revoke"/>.</summary>
public sealed record RevokeApiKeyParams
{
    /// <summary>The key's id (in the route).</summary>
    [JsonIgnore]
    public string ApiKeyId { get; init; } = "";

    /// <summary>Why it is revoked; sent as null when not set, as <c>@clerk/backend</c> does.</summary>
    public Optional<string?> RevocationReason { get; init; } = new Optional<string?>(null);
}

public static partial class ApiKeysRequests
{
    /// <summary><c>POST /api_keys/{api_key_id}/revoke</c> with <c>{"revocation_reason": ...}</c>.</summary>
    /// <param name="parameters">The key and reason.</param>
    public static Either<ClerkError, ApiCall<ApiKey>> Revoke(RevokeApiKeyParams? parameters) =>
        Params.Require(parameters).Bind(p =>
            ApiCall.Of(HttpVerb.Post, ApiKeyRoute(p.ApiKeyId).Then("revoke"), Decode.Json(Ctx.ApiKey), ClerkJson.Body(p, Ctx.RevokeApiKeyParams), Flags));
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>POST /api_keys/{api_key_id}/revoke</c>: revokes an API key.</summary>
    /// <param name="parameters">The key and reason.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKey>> Revoke(RevokeApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Revoke(parameters), cancellationToken);
}
