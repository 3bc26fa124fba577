using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

/// <summary>The filters and paging of <see cref="SessionsApi.GetSessionList"/>. Clerk requires a client or a user.</summary>
public sealed record GetSessionListParams
{
    /// <summary>Only sessions of this client.</summary>
    public string? ClientId { get; init; }

    /// <summary>Only sessions of this user.</summary>
    public string? UserId { get; init; }

    /// <summary>Only sessions with this status.</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of sessions to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class SessionsRequests
{
    /// <summary><c>GET /sessions</c> with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it.</summary>
    /// <param name="parameters">Filters and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Session>>> GetSessionList(GetSessionListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Sessions, Decode.PageOrArray(Ctx.PageWireSession, Ctx.ListSession),
            query: Query(parameters ?? new GetSessionListParams()));

    private static ValueList<QueryParameter> Query(GetSessionListParams p) =>
        QueryBuilder.Empty.Add("user_id", p.UserId).Add("status", p.Status?.Value).Add("limit", p.Limit)
            .Add("client_id", p.ClientId).Add("offset", p.Offset).Add("paginated", true).Build();

    internal static ApiCall<PageOf<Session>> GetSessionPage(GetSessionListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Sessions).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireSession, Ctx.ListSession));
}

public sealed partial class SessionsApi
{
    /// <summary><c>GET /sessions</c>: one page of the sessions of a client or user, newest first, with the total.</summary>
    /// <param name="parameters">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Session>>> GetSessionList(GetSessionListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.GetSessionList(parameters), cancellationToken);

    /// <summary><c>GET /sessions</c> page by page: every matching session, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, page size and the offset to start at.</param>
    public Pager<Session> GetSessionListAutoPaging(GetSessionListParams? parameters = null)
    {
        var p = parameters ?? new GetSessionListParams();
        return new Pager<Session>((offset, limit, ct) => SessionsRequests.GetSessionPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
