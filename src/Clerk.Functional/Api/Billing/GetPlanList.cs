using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Billing;

/// <summary>The filter and paging of <see cref="BillingApi.GetPlanList"/>.</summary>
public sealed record GetPlanListParams
{
    /// <summary>Only plans for this payer type: <c>user</c> or <c>org</c>.</summary>
    public string? PayerType { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of plans to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class BillingRequests
{
    private static readonly Route Plans = Route.Of("billing", "plans");

    /// <summary><c>GET /billing/plans</c>.</summary>
    /// <param name="parameters">Filter and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<BillingPlan>>> GetPlanList(GetPlanListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Plans, Decode.PageOrArray(Ctx.PageWireBillingPlan, Ctx.ListBillingPlan), query: Query(parameters ?? new GetPlanListParams()));

    private static ValueList<QueryParameter> Query(GetPlanListParams p) =>
        QueryBuilder.Empty.Add("payer_type", p.PayerType).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<PageOf<BillingPlan>> GetPlanPage(GetPlanListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Plans).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireBillingPlan, Ctx.ListBillingPlan));
}

public sealed partial class BillingApi
{
    /// <summary><c>GET /billing/plans</c>: one page of the instance's billing plans, with the total.</summary>
    /// <param name="parameters">Filter and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<BillingPlan>>> GetPlanList(GetPlanListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(BillingRequests.GetPlanList(parameters), cancellationToken);

    /// <summary><c>GET /billing/plans</c> page by page: every matching plan, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filter, page size and the offset to start at.</param>
    public Pager<BillingPlan> GetPlanListAutoPaging(GetPlanListParams? parameters = null)
    {
        var p = parameters ?? new GetPlanListParams();
        return new Pager<BillingPlan>((offset, limit, ct) => BillingRequests.GetPlanPage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
