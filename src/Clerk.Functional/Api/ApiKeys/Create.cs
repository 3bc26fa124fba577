using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

/// <summary>The body of <see cref="ApiKeysApi.Create"/>. Only set members are sent; null is sent as null.</summary>
public sealed record CreateApiKeyParams
{
    /// <summary>The key's name.</summary>
    public required string Name { get; init; }

    /// <summary>The user or organization the key acts for.</summary>
    public required string Subject { get; init; }

    /// <summary>A description.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>Custom claims, sent verbatim.</summary>
    public Optional<JsonElement?> Claims { get; init; }

    /// <summary>The key's scopes.</summary>
    public Optional<IReadOnlyList<string>> Scopes { get; init; }

    /// <summary>Who creates it (a user id).</summary>
    public Optional<string?> CreatedBy { get; init; }

    /// <summary>Lifetime in seconds; null for none.</summary>
    public Optional<long?> SecondsUntilExpiration { get; init; }
}

public static partial class ApiKeysRequests
{
    /// <summary><c>POST /api_keys</c>.</summary>
    /// <param name="parameters">The new key.</param>
    public static Either<ClerkError, ApiCall<ApiKey>> Create(CreateApiKeyParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, ApiKeys, Decode.Json(Ctx.ApiKey), ClerkJson.Body(parameters, Ctx.CreateApiKeyParams), Flags);
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>POST /api_keys</c>: creates an API key; the answer holds its secret, once.</summary>
    /// <param name="parameters">The new key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ApiKey>> Create(CreateApiKeyParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.Create(parameters), cancellationToken);
}
