using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AllowlistIdentifiers;

/// <summary>The paging of <see cref="AllowlistIdentifiersApi.GetAllowlistIdentifierList"/>.</summary>
public sealed record GetAllowlistIdentifierListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of identifiers to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class AllowlistIdentifiersRequests
{
    /// <summary><c>GET /allowlist_identifiers</c> (with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it).</summary>
    /// <param name="parameters">The paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<AllowlistIdentifier>>> GetAllowlistIdentifierList(GetAllowlistIdentifierListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, AllowlistIdentifiers, Decode.PageOrArray(Ctx.PageWireAllowlistIdentifier, Ctx.ListAllowlistIdentifier), query: Query(parameters ?? new GetAllowlistIdentifierListParams()));

    private static ValueList<QueryParameter> Query(GetAllowlistIdentifierListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("paginated", true).Build();

    internal static ApiCall<PageOf<AllowlistIdentifier>> GetAllowlistIdentifierPage(GetAllowlistIdentifierListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, AllowlistIdentifiers).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireAllowlistIdentifier, Ctx.ListAllowlistIdentifier));
}

public sealed partial class AllowlistIdentifiersApi
{
    /// <summary><c>GET /allowlist_identifiers</c>: one page of the allow-list (only listed identifiers may sign up when the allow-list is on), with the total.</summary>
    /// <param name="parameters">The paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<AllowlistIdentifier>>> GetAllowlistIdentifierList(GetAllowlistIdentifierListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(AllowlistIdentifiersRequests.GetAllowlistIdentifierList(parameters), cancellationToken);

    /// <summary><c>GET /allowlist_identifiers</c> page by page: every identifier, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The page size and the offset to start at.</param>
    public Pager<AllowlistIdentifier> GetAllowlistIdentifierListAutoPaging(GetAllowlistIdentifierListParams? parameters = null)
    {
        var p = parameters ?? new GetAllowlistIdentifierListParams();
        return new Pager<AllowlistIdentifier>((offset, limit, ct) => AllowlistIdentifiersRequests.GetAllowlistIdentifierPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
