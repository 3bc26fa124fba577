using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization, filters, order and paging of <see cref="OrganizationsApi.GetOrganizationMembershipList"/>.
/// Unset, empty and zero values are not sent; each list repeats its key once per value.</summary>
public sealed record GetOrganizationMembershipListParams
{
    /// <summary>The organization's id (in the route).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>Page size (1 to 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Number of memberships to skip.</summary>
    public int? Offset { get; init; }

    /// <summary>The order: <c>phone_number</c>, <c>email_address</c>, <c>created_at</c>, <c>first_name</c>, <c>last_name</c>
    /// or <c>username</c>, with <c>+</c> or <c>-</c> for the direction.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Only members with these user ids.</summary>
    public IReadOnlyList<string>? UserId { get; init; }

    /// <summary>Only members with these email addresses.</summary>
    public IReadOnlyList<string>? EmailAddress { get; init; }

    /// <summary>Only members with these phone numbers.</summary>
    public IReadOnlyList<string>? PhoneNumber { get; init; }

    /// <summary>Only members with these usernames.</summary>
    public IReadOnlyList<string>? Username { get; init; }

    /// <summary>Only members with these Web3 wallet addresses.</summary>
    public IReadOnlyList<string>? Web3Wallet { get; init; }

    /// <summary>Only members with these role keys, e.g. <c>org:admin</c>.</summary>
    public IReadOnlyList<string>? Role { get; init; }

    /// <summary>Only members whose email address, phone number, username, Web3 wallet, user id, first or last name contains this text.</summary>
    public string? Query { get; init; }

    /// <summary>Only members whose email address contains this text.</summary>
    public string? EmailAddressQuery { get; init; }

    /// <summary>Only members whose phone number contains this text.</summary>
    public string? PhoneNumberQuery { get; init; }

    /// <summary>Only members whose username contains this text.</summary>
    public string? UsernameQuery { get; init; }

    /// <summary>Only members whose first or last name contains this text.</summary>
    public string? NameQuery { get; init; }

    /// <summary>Only members last active before this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastActiveAtBefore { get; init; }

    /// <summary>Only members last active after this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? LastActiveAtAfter { get; init; }

    /// <summary>Only memberships created before this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? CreatedAtBefore { get; init; }

    /// <summary>Only memberships created after this time (sent as epoch milliseconds).</summary>
    public DateTimeOffset? CreatedAtAfter { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations/{organization_id}/memberships</c>.</summary>
    /// <param name="parameters">The organization, filters, order and paging.</param>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetOrganizationMembershipListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("memberships"),
            Decode.Page(Ctx.PageWireOrganizationMembership), query: Query(p)));

    private static ValueList<QueryParameter> Query(GetOrganizationMembershipListParams p) =>
        QueryBuilder.Empty.Add("limit", p.Limit).Add("offset", p.Offset).Add("order_by", p.OrderBy)
            .Add("user_id", p.UserId).Add("email_address", p.EmailAddress).Add("phone_number", p.PhoneNumber)
            .Add("username", p.Username).Add("web3_wallet", p.Web3Wallet).Add("role", p.Role)
            .Add("query", p.Query).Add("email_address_query", p.EmailAddressQuery).Add("phone_number_query", p.PhoneNumberQuery)
            .Add("username_query", p.UsernameQuery).Add("name_query", p.NameQuery)
            .Add("last_active_at_before", p.LastActiveAtBefore?.ToUnixTimeMilliseconds())
            .Add("last_active_at_after", p.LastActiveAtAfter?.ToUnixTimeMilliseconds())
            .Add("created_at_before", p.CreatedAtBefore?.ToUnixTimeMilliseconds())
            .Add("created_at_after", p.CreatedAtAfter?.ToUnixTimeMilliseconds()).Build();

    internal static Either<ClerkError, ApiCall<PageOf<OrganizationMembership>>> GetOrganizationMembershipPage(GetOrganizationMembershipListParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId).Then("memberships"),
            Decode.PageOf(Ctx.PageWireOrganizationMembership), query: Query(p)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations/{organization_id}/memberships</c>: one page of an organization's members, with the total.</summary>
    /// <param name="parameters">The organization, filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<OrganizationMembership>>> GetOrganizationMembershipList(GetOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganizationMembershipList(parameters), cancellationToken);

    /// <summary><c>GET /organizations/{organization_id}/memberships</c> page by page: every matching member, streamed (500 per page unless <c>Limit</c> is set).</summary>
    /// <param name="parameters">The organization, filters, order, page size and the offset to start at.</param>
    public Pager<OrganizationMembership> GetOrganizationMembershipListAutoPaging(GetOrganizationMembershipListParams parameters) =>
        new((offset, limit, ct) => _runner.Run(OrganizationsRequests.GetOrganizationMembershipPage(parameters is null ? null : parameters with { Offset = offset, Limit = limit }), ct),
            parameters?.Limit, parameters?.Offset);
}
