using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.M2M;

/// <summary>The filters and paging of <see cref="M2MApi.List"/>.</summary>
public sealed record GetM2MTokenListParams
{
    /// <summary>The machine whose tokens to list (<c>mch_…</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>Only revoked tokens (false is not sent, as in <c>@clerk/backend</c>).</summary>
    public bool? Revoked { get; init; }

    /// <summary>Only expired tokens (false is not sent).</summary>
    public bool? Expired { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Number of tokens to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>Authorizes this call with this machine secret key instead of the client's.</summary>
    public string? MachineSecretKey { get; init; }

    /// <summary>Never shows the key.</summary>
    public override string ToString() => $"GetM2MTokenListParams {{ Subject = {Subject}, Limit = {Limit}, Offset = {Offset} }}";
}

public static partial class M2MRequests
{
    /// <summary><c>GET /m2m_tokens</c>.</summary>
    /// <param name="parameters">The machine, filters and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<M2MToken>>> List(GetM2MTokenListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, Tokens, Page,
            query: QueryBuilder.Empty.Add("subject", p.Subject).Add("revoked", p.Revoked).Add("expired", p.Expired)
                .Add("limit", p.Limit).Add("offset", p.Offset).Build(),
            flags: Flags(p.MachineSecretKey)));
}

public sealed partial class M2MApi
{
    /// <summary><c>GET /m2m_tokens</c>: the tokens of a machine.</summary>
    /// <param name="parameters">The machine, filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<M2MToken>>> List(GetM2MTokenListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(M2MRequests.List(parameters), cancellationToken);
}
