using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Machines;

/// <summary>The filters, order and paging of <see cref="MachinesApi.List"/>.</summary>
public sealed record GetMachineListParams
{
    /// <summary>The order: <c>name</c> or <c>created_at</c>, with <c>+</c> (ascending) or <c>-</c> (descending, the default) before it.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Only machines whose name or id contains this text.</summary>
    public string? Query { get; init; }

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of machines to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class MachinesRequests
{
    /// <summary><c>GET /machines</c>.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Machine>>> List(GetMachineListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, Machines, Decode.PageOrArray(Ctx.PageWireMachine, Ctx.ListMachine), query: Query(parameters ?? new GetMachineListParams()));

    private static ValueList<QueryParameter> Query(GetMachineListParams p) =>
        QueryBuilder.Empty.Add("order_by", p.OrderBy).Add("query", p.Query).Add("limit", p.Limit).Add("offset", p.Offset).Build();

    internal static ApiCall<Pagination.PageOf<Machine>> GetMachinePage(GetMachineListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, Machines).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireMachine, Ctx.ListMachine));
}

public sealed partial class MachinesApi
{
    /// <summary><c>GET /machines</c>: one page of the machines, with the total.</summary>
    /// <param name="parameters">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Machine>>> List(GetMachineListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(MachinesRequests.List(parameters), cancellationToken);

    /// <summary><c>GET /machines</c> page by page: every matching machine, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, page size and the offset to start at.</param>
    public Pagination.Pager<Machine> ListAutoPaging(GetMachineListParams? parameters = null)
    {
        var p = parameters ?? new GetMachineListParams();
        return new Pagination.Pager<Machine>((offset, limit, ct) => MachinesRequests.GetMachinePage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
