using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The body of <see cref="OrganizationsApi.UpdateOrganization"/>. Only set members are sent.</summary>
public sealed record UpdateOrganizationParams
{
    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The new slug.</summary>
    public string? Slug { get; init; }

    /// <summary>Whether admins may delete the organization.</summary>
    public bool? AdminDeleteEnabled { get; init; }

    /// <summary>The maximum number of memberships (0: unlimited).</summary>
    public int? MaxAllowedMemberships { get; init; }

    /// <summary>The key of the role set to assign (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? RoleSetKey { get; init; }

    /// <summary>Deprecated form, kept for parity with <c>@clerk/backend</c>: when any metadata member is set, the metadata is
    /// <em>replaced</em> with <c>PUT /organizations/{organization_id}/metadata</c> after the other members are sent. Prefer
    /// <see cref="OrganizationsApi.UpdateOrganizationMetadata"/> (merge) or <see cref="OrganizationsApi.ReplaceOrganizationMetadata"/>.</summary>
    [JsonIgnore]
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Deprecated form; see <see cref="PublicMetadata"/>.</summary>
    [JsonIgnore]
    public Optional<JsonElement?> PrivateMetadata { get; init; }

    internal bool HasMetadata => PublicMetadata.IsSet || PrivateMetadata.IsSet;

    internal OrganizationMetadataParams Metadata => new() { PublicMetadata = PublicMetadata, PrivateMetadata = PrivateMetadata };
}

public static partial class OrganizationsRequests
{
    /// <summary><c>PATCH /organizations/{organization_id}</c>; with deprecated metadata members, also
    /// <c>PUT /organizations/{organization_id}/metadata</c> afterwards (the PATCH is left out when only metadata is set),
    /// returning the organization from the last request.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<Organization>> UpdateOrganization(string organizationId, UpdateOrganizationParams? parameters) =>
        Params.Require(parameters).Bind(p => ClerkJson.Body(p, Ctx.UpdateOrganizationParams).Bind(body =>
        {
            var patch = ApiCall.Of(HttpVerb.Patch, OrganizationRoute(organizationId), Decode.Json(Ctx.Organization), body);
            if (!p.HasMetadata) return patch;
            var put = ReplaceOrganizationMetadata(organizationId, p.Metadata);
            return body is RequestBody.Empty ? put : from first in patch from then in put select ApiCall.Then(first, then);
        }));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PATCH /organizations/{organization_id}</c>: updates an organization.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> UpdateOrganization(string organizationId, UpdateOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganization(organizationId, parameters), cancellationToken);
}
