using System.Collections.Generic;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SamlConnections;

/// <summary>The filters and paging of <see cref="SamlConnectionsApi.GetSamlConnectionList"/>. Unset and zero values are not sent.</summary>
public sealed record GetSamlConnectionListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of connections to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Only connections whose name contains this text (case-insensitive).</summary>
    public string? Query { get; init; }

    /// <summary>The sort order: <c>phone_number</c>, <c>email_address</c>, <c>created_at</c>, <c>first_name</c>, <c>last_name</c>
    /// or <c>username</c>, prefixed with <c>+</c> (ascending) or <c>-</c> (descending).</summary>
    public string? OrderBy { get; init; }

    /// <summary>Only connections of these organizations; prefix an id with <c>+</c> to include or <c>-</c> to exclude it
    /// (up to 100). Each is sent as its own <c>organization_id</c> key.</summary>
    public IReadOnlyList<string>? OrganizationId { get; init; }
}

public static partial class SamlConnectionsRequests
{
    /// <summary><c>GET /saml_connections</c>.</summary>
    /// <param name="parameters">Filters and paging.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<SamlConnection>>> GetSamlConnectionList(GetSamlConnectionListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, SamlConnections, Decode.PageOrArray(Ctx.PageWireSamlConnection, Ctx.ListSamlConnection),
            query: Query(parameters ?? new GetSamlConnectionListParams()));

    private static ValueList<QueryParameter> Query(GetSamlConnectionListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("query", p.Query).Add("order_by", p.OrderBy)
            .Add("organization_id", p.OrganizationId).Build();

    internal static ApiCall<PageOf<SamlConnection>> GetSamlConnectionPage(GetSamlConnectionListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, SamlConnections).WithQuery(Query(p)),
            Decode.PageOfOrArray(Ctx.PageWireSamlConnection, Ctx.ListSamlConnection));
}

public sealed partial class SamlConnectionsApi
{
    /// <summary><c>GET /saml_connections</c>: one page of the instance's SAML connections, with the total (deprecated: use
    /// <c>EnterpriseConnections.GetEnterpriseConnectionList</c>).</summary>
    /// <param name="parameters">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Aff<Either<ClerkError, PaginatedResourceResponse<SamlConnection>>> GetSamlConnectionList(GetSamlConnectionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(SamlConnectionsRequests.GetSamlConnectionList(parameters), cancellationToken);

    /// <summary><c>GET /saml_connections</c> page by page: every matching SAML connection, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, page size and the offset to start at.</param>
    [Obsolete("Use EnterpriseConnections instead.")]
    public Pager<SamlConnection> GetSamlConnectionListAutoPaging(GetSamlConnectionListParams? parameters = null)
    {
        var p = parameters ?? new GetSamlConnectionListParams();
        return new Pager<SamlConnection>((offset, limit, ct) => SamlConnectionsRequests.GetSamlConnectionPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
