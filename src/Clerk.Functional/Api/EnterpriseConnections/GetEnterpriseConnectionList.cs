using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EnterpriseConnections;

/// <summary>The filters and paging of <see cref="EnterpriseConnectionsApi.GetEnterpriseConnectionList"/>. Unset and zero values are not sent.</summary>
public sealed record GetEnterpriseConnectionListParams
{
    /// <summary>Only connections of this organization.</summary>
    public string? OrganizationId { get; init; }

    /// <summary><c>true</c>: only active connections. As in <c>@clerk/backend</c>, <c>false</c> is not sent, so it lists every connection.</summary>
    public bool? Active { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of connections to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class EnterpriseConnectionsRequests
{
    /// <summary><c>GET /enterprise_connections</c>.</summary>
    /// <param name="parameters">Filters and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<EnterpriseConnection>>> GetEnterpriseConnectionList(GetEnterpriseConnectionListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, EnterpriseConnections, Decode.PageOrArray(Ctx.PageWireEnterpriseConnection, Ctx.ListEnterpriseConnection),
            query: Query(parameters ?? new GetEnterpriseConnectionListParams()));

    private static ValueList<QueryParameter> Query(GetEnterpriseConnectionListParams p) =>
        QueryBuilder.Empty.Add("organization_id", p.OrganizationId).Add("active", p.Active).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<EnterpriseConnection>> GetEnterpriseConnectionPage(GetEnterpriseConnectionListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, EnterpriseConnections).WithQuery(Query(p)),
            Decode.PageOfOrArray(Ctx.PageWireEnterpriseConnection, Ctx.ListEnterpriseConnection));
}

public sealed partial class EnterpriseConnectionsApi
{
    /// <summary><c>GET /enterprise_connections</c>: one page of the instance's enterprise connections, newest first, with the total.</summary>
    /// <param name="parameters">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<EnterpriseConnection>>> GetEnterpriseConnectionList(GetEnterpriseConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(EnterpriseConnectionsRequests.GetEnterpriseConnectionList(parameters), cancellationToken);

    /// <summary><c>GET /enterprise_connections</c> page by page: every matching enterprise connection, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, page size and the offset to start at.</param>
    public Pager<EnterpriseConnection> GetEnterpriseConnectionListAutoPaging(GetEnterpriseConnectionListParams? parameters = null)
    {
        var p = parameters ?? new GetEnterpriseConnectionListParams();
        return new Pager<EnterpriseConnection>((offset, limit, ct) => EnterpriseConnectionsRequests.GetEnterpriseConnectionPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
