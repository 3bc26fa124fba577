using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.JwtTemplates;

/// <summary>The paging of <see cref="JwtTemplatesApi.List"/>.</summary>
public sealed record GetJwtTemplateListParams
{
    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of templates to skip.</summary>
    public int? Offset { get; init; }
}

public static partial class JwtTemplatesRequests
{
    /// <summary><c>GET /jwt_templates</c> with <c>paginated=true</c>, as <c>@clerk/backend</c> sends it.</summary>
    /// <param name="parameters">Paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<JwtTemplate>>> List(GetJwtTemplateListParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Get, JwtTemplates, Decode.PageOrArray(Ctx.PageWireJwtTemplate, Ctx.ListJwtTemplate), query: Query(parameters ?? new GetJwtTemplateListParams()));

    private static ValueList<QueryParameter> Query(GetJwtTemplateListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("paginated", true).Build();

    internal static ApiCall<Pagination.PageOf<JwtTemplate>> GetJwtTemplatePage(GetJwtTemplateListParams p) =>
        ApiCall.Of(ClerkRequest.Of(HttpVerb.Get, JwtTemplates).WithQuery(Query(p)), Decode.PageOfOrArray(Ctx.PageWireJwtTemplate, Ctx.ListJwtTemplate));
}

public sealed partial class JwtTemplatesApi
{
    /// <summary><c>GET /jwt_templates</c>: one page of the JWT templates, with the total.</summary>
    /// <param name="parameters">Paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<JwtTemplate>>> List(GetJwtTemplateListParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(JwtTemplatesRequests.List(parameters), cancellationToken);

    /// <summary><c>GET /jwt_templates</c> page by page: every JWT template, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">Filters, page size and the offset to start at.</param>
    public Pagination.Pager<JwtTemplate> ListAutoPaging(GetJwtTemplateListParams? parameters = null)
    {
        var p = parameters ?? new GetJwtTemplateListParams();
        return new Pagination.Pager<JwtTemplate>((offset, limit, ct) => JwtTemplatesRequests.GetJwtTemplatePage(p with { Offset = offset, Limit = limit }).Run(_runner, ct), p.Limit, p.Offset);
    }
}
