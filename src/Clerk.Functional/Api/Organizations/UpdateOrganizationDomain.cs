using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The domain and body of <see cref="OrganizationsApi.UpdateOrganizationDomain"/>. Only set members are sent.</summary>
public sealed record UpdateOrganizationDomainParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The domain's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string DomainId { get; init; } = "";

    /// <summary>The new domain name (typed by <c>@clerk/backend</c>; Clerk's specification does not declare it).</summary>
    public string? Name { get; init; }

    /// <summary>The new enrollment mode.</summary>
    public OrganizationEnrollmentMode? EnrollmentMode { get; init; }

    /// <summary>Whether the domain is verified.</summary>
    public bool? Verified { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>PATCH /organizations/{organization_id}/domains/{domain_id}</c>.</summary>
    /// <param name="parameters">The domain and the changes.</param>
    public static Either<ClerkError, ApiCall<OrganizationDomain>> UpdateOrganizationDomain(UpdateOrganizationDomainParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, OrganizationRoute(p.OrganizationId).Then("domains").ThenId(p.DomainId),
            Decode.Json(Ctx.OrganizationDomain), ClerkJson.Body(p, Ctx.UpdateOrganizationDomainParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PATCH /organizations/{organization_id}/domains/{domain_id}</c>: updates an organization's domain.</summary>
    /// <param name="parameters">The domain and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationDomain>> UpdateOrganizationDomain(UpdateOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganizationDomain(parameters), cancellationToken);
}
