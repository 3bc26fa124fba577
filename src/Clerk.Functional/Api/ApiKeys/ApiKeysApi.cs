using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.ApiKeys;

/// <summary>The <c>apiKeys</c> sub-API (routes without <c>/v1</c>): one file per method in this folder.</summary>
public sealed partial class ApiKeysApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public ApiKeysApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>apiKeys</c> sub-API.</summary>
public static partial class ApiKeysRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route ApiKeys = Route.Of("api_keys");

    private static readonly RequestFlags Flags = new(SkipApiVersionInUrl: true);

    private static Either<ClerkError, Route> ApiKeyRoute(string? apiKeyId) => ApiKeys.ThenId(apiKeyId);
}
