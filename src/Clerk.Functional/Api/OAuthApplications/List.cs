using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

/// <summary>The filter, order and paging of <see cref="OAuthApplicationsApi.List"/>.</summary>
public sealed record GetOAuthApplicationListParams
{
    /// <summary>Only applications whose name contains this text (case-insensitive), or whose client id is exactly this.</summary>
    public string? NameQuery { get; init; }

    /// <summary>The order: <c>name</c> or <c>created_at</c>, with <c>+</c> (ascending) or <c>-</c> (descending) before it; Clerk's default is newest first.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of applications to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>GET /oauth_applications</c>.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OAuthApplication>>> List(GetOAuthApplicationListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, OAuthApplications, Decode.PageOrArray(Ctx.PageWireOAuthApplication, Ctx.ListOAuthApplication), query: Query(parameters ?? new GetOAuthApplicationListParams()));

    private static ValueList<QueryParameter> Query(GetOAuthApplicationListParams p) =>
        QueryBuilder.Empty.Add("name_query", p.NameQuery).Add("order_by", p.OrderBy).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<Pagination.PageOf<OAuthApplication>> GetOAuthApplicationPage(GetOAuthApplicationListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, OAuthApplications).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireOAuthApplication, Ctx.ListOAuthApplication));
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>GET /oauth_applications</c>: one page of the instance's OAuth applications, with the total.</summary>
    /// <param name="parameters">Filter, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OAuthApplication>>> List(GetOAuthApplicationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.List(parameters), cancellationToken);

    /// <summary><c>GET /oauth_applications</c> page by page: every matching application, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filter, order, page size and the offset to start at.</param>
    public Pagination.Pager<OAuthApplication> ListAutoPaging(GetOAuthApplicationListParams? parameters = null)
    {
        var p = parameters ?? new GetOAuthApplicationListParams();
        return new Pagination.Pager<OAuthApplication>((offset, limit, ct) => OAuthApplicationsRequests.GetOAuthApplicationPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
