using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

/// <summary>The key and body of <see cref="ApiKeysApi.Update"/>.</summary>
public sealed record UpdateApiKeyParams
{
    /// <summary>The key's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string ApiKeyId { get; init; } = "";

    /// <summary>The user or organization the key acts for.</summary>
    public required string Subject { get; init; }

    /// <summary>A description.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Custom claims, sent verbatim.</summary>
    public Optional<JsonElement?> Claims { get; init; }

    /// <summary>The key's scopes.</summary>
    public Optional<IReadOnlyList<string>> Scopes { get; init; }

    /// <summary>Lifetime in seconds; null for none.</summary>
    public Optional<long?> SecondsUntilExpiration { get; init; }
}

public static partial class ApiKeysRequests
{
    /// <summary><c>PATCH /api_keys/{api_key_id}</c>.</summary>
    /// <param name="parameters">The key and changes.</param>
    public static Either<ClerkError, ApiCall<ApiKey>> Update(UpdateApiKeyParams? parameters) =>
        Params.Require(parameters).Bind(p =>
            ApiCall.Of(HttpVerb.Patch, ApiKeyRoute(p.ApiKeyId), Decode.Json(Ctx.ApiKey), ClerkJson.Body(p, Ctx.UpdateApiKeyParams), Flags));
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>PATCH /api_keys/{api_key_id}</c>: updates an API key.</summary>
    /// <param name="parameters">The key and changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKey>> Update(UpdateApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Update(parameters), cancellationToken);
}
