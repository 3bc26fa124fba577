using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ApiKeys;

/// <summary>The filters and paging of <see cref="ApiKeysApi.List"/>.</summary>
public sealed record GetApiKeyListParams
{
    /// <summary>The user or organization whose keys to list.</summary>
    public required string Subject { get; init; }

    /// <summary>Also list revoked and expired keys.</summary>
    public bool? IncludeInvalid { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Number of keys to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class ApiKeysRequests
{
    /// <summary><c>GET /api_keys</c>.</summary>
    /// <param name="parameters">The subject, filter and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<ApiKey>>> List(GetApiKeyListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, ApiKeys, Decode.Page(Ctx.PageWireApiKey),
            query: QueryBuilder.Empty.Add("subject", p.Subject).Add("include_invalid", p.IncludeInvalid)
                .Add("limit", p.Limit).Add("offset", p.Offset).Build(),
            flags: Flags));
}

public sealed partial class ApiKeysApi
{
    /// <summary><c>GET /api_keys</c>: the API keys of a user or organization.</summary>
    /// <param name="parameters">The subject, filter and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<ApiKey>>> List(GetApiKeyListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ApiKeysRequests.List(parameters), cancellationToken);
}
