using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>Which organization <see cref="OrganizationsApi.GetOrganization"/> reads: by <see cref="OrganizationId"/> or,
/// when that is unset, by <see cref="Slug"/>.</summary>
public sealed record GetOrganizationParams
{
    /// <summary>The organization's id; takes precedence over <see cref="Slug"/>.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The organization's slug, used when <see cref="OrganizationId"/> is unset.</summary>
    public string? Slug { get; init; }

    /// <summary>Whether the answer carries <see cref="Organization.MembersCount"/>.</summary>
    public bool? IncludeMembersCount { get; init; }

    /// <summary>Whether the answer carries <see cref="Organization.MissingMemberWithElevatedPermissions"/>
    /// (a filter of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public bool? IncludeMissingMemberWithElevatedPermissions { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>GET /organizations/{organization_id_or_slug}</c>, with <c>include_members_count=true</c> when asked for.</summary>
    /// <param name="parameters">The id or slug.</param>
    public static Either<ClerkError, ApiCall<Organization>> GetOrganization(GetOrganizationParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Get, OrganizationRoute(p.OrganizationId ?? p.Slug), Decode.Json(Ctx.Organization),
            query: QueryBuilder.Empty.Add("include_members_count", p.IncludeMembersCount)
                .Add("include_missing_member_with_elevated_permissions", p.IncludeMissingMemberWithElevatedPermissions).Build()));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>GET /organizations/{organization_id}</c>: one organization, by id or slug.</summary>
    /// <param name="parameters">The id or slug.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> GetOrganization(GetOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.GetOrganization(parameters), cancellationToken);
}
