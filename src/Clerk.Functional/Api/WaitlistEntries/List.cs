using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

/// <summary>The filters, order and paging of <see cref="WaitlistEntriesApi.List"/>.</summary>
public sealed record GetWaitlistEntryListParams
{
    /// <summary>Only entries whose email address contains this text.</summary>
    public string? Query { get; init; }

    /// <summary>Only entries with this status (<c>pending</c>, <c>invited</c>, <c>completed</c>, <c>rejected</c>).</summary>
    public WaitlistEntryStatus? Status { get; init; }

    /// <summary>The order: <c>created_at</c>, <c>invited_at</c> or <c>email_address</c>, with <c>-</c> for descending.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of entries to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>GET /waitlist_entries</c>.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<WaitlistEntry>>> List(GetWaitlistEntryListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, WaitlistEntries, Decode.Page(Ctx.PageWireWaitlistEntry), query: Query(parameters ?? new GetWaitlistEntryListParams()));

    private static ValueList<QueryParameter> Query(GetWaitlistEntryListParams p) =>
        QueryBuilder.Empty.Add("query", p.Query).Add("status", p.Status?.Value).Add("order_by", p.OrderBy)
            .Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<WaitlistEntry>> ListPage(GetWaitlistEntryListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, WaitlistEntries).WithQuery(Query(p)), Decode.PageOf(Ctx.PageWireWaitlistEntry));
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>GET /waitlist_entries</c>: one page of waitlist entries, with the total.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<WaitlistEntry>>> List(GetWaitlistEntryListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.List(parameters), cancellationToken);

    /// <summary><c>GET /waitlist_entries</c> page by page: every matching entry, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, order, page size and the offset to start at.</param>
    public Pager<WaitlistEntry> ListAutoPaging(GetWaitlistEntryListParams? parameters = null)
    {
        var p = parameters ?? new GetWaitlistEntryListParams();
        return new Pager<WaitlistEntry>((offset, limit, ct) => WaitlistEntriesRequests.ListPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
