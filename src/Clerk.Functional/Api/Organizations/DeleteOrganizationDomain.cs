using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The domain of <see cref="OrganizationsApi.DeleteOrganizationDomain"/>.</summary>
public sealed record DeleteOrganizationDomainParams
{
    /// <summary>The organization's id.</summary>
    public string OrganizationId { get; init; } = "";

    /// <summary>The domain's id.</summary>
    public string DomainId { get; init; } = "";
}

public static partial class OrganizationsRequests
{
    /// <summary><c>DELETE /organizations/{organization_id}/domains/{domain_id}</c>.</summary>
    /// <param name="parameters">The organization and domain.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteOrganizationDomain(DeleteOrganizationDomainParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Delete, OrganizationRoute(p.OrganizationId).Then("domains").ThenId(p.DomainId), Decode.Deleted));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>DELETE /organizations/{organization_id}/domains/{domain_id}</c>: removes a domain from an organization.</summary>
    /// <param name="parameters">The organization and domain.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteOrganizationDomain(DeleteOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.DeleteOrganizationDomain(parameters), cancellationToken);
}
