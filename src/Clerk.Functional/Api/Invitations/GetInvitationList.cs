using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Invitations;

/// <summary>The filters, order and paging of <see cref="InvitationsApi.GetInvitationList"/>.</summary>
public sealed record GetInvitationListParams
{
    /// <summary>Only invitations with this status (<c>pending</c>, <c>accepted</c>, <c>revoked</c>, <c>expired</c>).</summary>
    public InvitationStatus? Status { get; init; }

    /// <summary>Only invitations whose email address contains this text.</summary>
    public string? Query { get; init; }

    /// <summary>The order, e.g. <c>-created_at</c> or <c>expires_at</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of invitations to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class InvitationsRequests
{
    /// <summary><c>GET /invitations</c> with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Invitation>>> GetInvitationList(GetInvitationListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Invitations, Decode.PageOrArray(Ctx.PageWireInvitation, Ctx.ListInvitation),
            query: Query(parameters ?? new GetInvitationListParams()));

    private static ValueList<QueryParameter> Query(GetInvitationListParams p) =>
        QueryBuilder.Empty.Add("status", p.Status?.Value).Add("query", p.Query).Add("order_by", p.OrderBy)
            .Add("limit", p.Limit).Add("offset", p.Offset).Add("paginated", true).Build();

    internal static ApiCall<PageOf<Invitation>> GetInvitationPage(GetInvitationListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Invitations).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireInvitation, Ctx.ListInvitation));
}

public sealed partial class InvitationsApi
{
    /// <summary><c>GET /invitations</c>: one page of invitations, with the total.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Invitation>>> GetInvitationList(GetInvitationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(InvitationsRequests.GetInvitationList(parameters), cancellationToken);

    /// <summary><c>GET /invitations</c> page by page: every matching invitation, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, order, page size and the offset to start at.</param>
    public Pager<Invitation> GetInvitationListAutoPaging(GetInvitationListParams? parameters = null)
    {
        var p = parameters ?? new GetInvitationListParams();
        return new Pager<Invitation>((offset, limit, ct) => InvitationsRequests.GetInvitationPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
