using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.BlocklistIdentifiers;

/// <summary>The paging of <see cref="BlocklistIdentifiersApi.GetBlocklistIdentifierList"/>.</summary>
public sealed record GetBlocklistIdentifierListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of identifiers to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class BlocklistIdentifiersRequests
{
    /// <summary><c>GET /blocklist_identifiers</c>.</summary>
    /// <param name="parameters">The paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<BlocklistIdentifier>>> GetBlocklistIdentifierList(GetBlocklistIdentifierListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, BlocklistIdentifiers, Decode.Page(Ctx.PageWireBlocklistIdentifier), query: Query(parameters ?? new GetBlocklistIdentifierListParams()));

    private static ValueList<QueryParameter> Query(GetBlocklistIdentifierListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<BlocklistIdentifier>> GetBlocklistIdentifierPage(GetBlocklistIdentifierListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, BlocklistIdentifiers).WithQuery(Query(p)), Decode.PageOf(Ctx.PageWireBlocklistIdentifier));
}

public sealed partial class BlocklistIdentifiersApi
{
    /// <summary><c>GET /blocklist_identifiers</c>: one page of the block-list (listed identifiers may not sign up or sign in), with the total.</summary>
    /// <param name="parameters">The paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<BlocklistIdentifier>>> GetBlocklistIdentifierList(GetBlocklistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(BlocklistIdentifiersRequests.GetBlocklistIdentifierList(parameters), cancellationToken);

    /// <summary><c>GET /blocklist_identifiers</c> page by page: every identifier, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The page size and the offset to start at.</param>
    public Pager<BlocklistIdentifier> GetBlocklistIdentifierListAutoPaging(GetBlocklistIdentifierListParams? parameters = null)
    {
        var p = parameters ?? new GetBlocklistIdentifierListParams();
        return new Pager<BlocklistIdentifier>((offset, limit, ct) => BlocklistIdentifiersRequests.GetBlocklistIdentifierPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
