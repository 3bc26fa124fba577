using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Clients;

/// <summary>The paging of <see cref="ClientsApi.GetClientList"/>.</summary>
public sealed record GetClientListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of clients to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class ClientsRequests
{
    /// <summary><c>GET /clients</c> with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it.</summary>
    /// <param name="parameters">Paging.</param>
    [Obsolete("Clerk deprecated listing every client; get a client by id or verify its token instead.")]
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Client>>> GetClientList(GetClientListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Clients, Decode.PageOrArray(Ctx.PageWireClient, Ctx.ListClient),
            query: Query(parameters ?? new GetClientListParams()));

    private static ValueList<QueryParameter> Query(GetClientListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("paginated", true).Build();

    internal static ApiCall<PageOf<Client>> GetClientPage(GetClientListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Clients).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireClient, Ctx.ListClient));
}

public sealed partial class ClientsApi
{
    /// <summary><c>GET /clients</c>: one page of the instance's clients, with the total (deprecated by Clerk).</summary>
    /// <param name="parameters">Paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Obsolete("Clerk deprecated listing every client; get a client by id or verify its token instead.")]
    public Aff<Either<ClerkError, PaginatedResourceResponse<Client>>> GetClientList(GetClientListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(ClientsRequests.GetClientList(parameters), cancellationToken);

    /// <summary><c>GET /clients</c> page by page: every client, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Page size and the offset to start at.</param>
    [Obsolete("Clerk deprecated listing every client; get a client by id or verify its token instead.")]
    public Pager<Client> GetClientListAutoPaging(GetClientListParams? parameters = null)
    {
        var p = parameters ?? new GetClientListParams();
        return new Pager<Client>((offset, limit, ct) => ClientsRequests.GetClientPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
