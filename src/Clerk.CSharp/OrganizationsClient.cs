using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Organizations;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>organizations</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class OrganizationsClient(OrganizationsApi core)
{
    /// <inheritdoc cref="OrganizationsApi.GetOrganizationList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<Organization>> GetOrganizationListAsync(GetOrganizationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<Organization> GetOrganizationListAutoPagingAsync(GetOrganizationListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationsApi.CreateOrganization"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> CreateOrganizationAsync(CreateOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganization(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganization"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> GetOrganizationAsync(GetOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganization(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganization"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> UpdateOrganizationAsync(string organizationId, UpdateOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganization(organizationId, parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganizationLogo"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> UpdateOrganizationLogoAsync(string organizationId, UpdateOrganizationLogoParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationLogo(organizationId, parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.DeleteOrganizationLogo"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> DeleteOrganizationLogoAsync(string organizationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganizationLogo(organizationId, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganizationMetadata"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> UpdateOrganizationMetadataAsync(string organizationId, OrganizationMetadataParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationMetadata(organizationId, parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.ReplaceOrganizationMetadata"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Organization> ReplaceOrganizationMetadataAsync(string organizationId, OrganizationMetadataParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.ReplaceOrganizationMetadata(organizationId, parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.DeleteOrganization"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteOrganizationAsync(string organizationId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganization(organizationId, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationMembershipList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationMembership>> GetOrganizationMembershipListAsync(GetOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationMembershipList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationMembershipListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<OrganizationMembership> GetOrganizationMembershipListAutoPagingAsync(GetOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationMembershipListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationsApi.GetInstanceOrganizationMembershipList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationMembership>> GetInstanceOrganizationMembershipListAsync(GetInstanceOrganizationMembershipListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetInstanceOrganizationMembershipList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetInstanceOrganizationMembershipListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<OrganizationMembership> GetInstanceOrganizationMembershipListAutoPagingAsync(GetInstanceOrganizationMembershipListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetInstanceOrganizationMembershipListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationsApi.CreateOrganizationMembership"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationMembership> CreateOrganizationMembershipAsync(CreateOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationMembership(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganizationMembership"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationMembership> UpdateOrganizationMembershipAsync(UpdateOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationMembership(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganizationMembershipMetadata"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationMembership> UpdateOrganizationMembershipMetadataAsync(UpdateOrganizationMembershipMetadataParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationMembershipMetadata(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.DeleteOrganizationMembership"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationMembership> DeleteOrganizationMembershipAsync(DeleteOrganizationMembershipParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganizationMembership(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationInvitationList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationInvitation>> GetOrganizationInvitationListAsync(GetOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationInvitationList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationInvitationListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<OrganizationInvitation> GetOrganizationInvitationListAutoPagingAsync(GetOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationInvitationListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationsApi.CreateOrganizationInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationInvitation> CreateOrganizationInvitationAsync(CreateOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationInvitation(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.CreateOrganizationInvitationBulk"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationInvitation>> CreateOrganizationInvitationBulkAsync(string organizationId, IReadOnlyList<CreateOrganizationInvitationBulkItem> parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationInvitationBulk(organizationId, parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationInvitation> GetOrganizationInvitationAsync(GetOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationInvitation(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.RevokeOrganizationInvitation"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationInvitation> RevokeOrganizationInvitationAsync(RevokeOrganizationInvitationParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.RevokeOrganizationInvitation(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationDomainList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationDomain>> GetOrganizationDomainListAsync(GetOrganizationDomainListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetOrganizationDomainList(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.GetOrganizationDomainListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<OrganizationDomain> GetOrganizationDomainListAutoPagingAsync(GetOrganizationDomainListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.GetOrganizationDomainListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="OrganizationsApi.CreateOrganizationDomain"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationDomain> CreateOrganizationDomainAsync(CreateOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateOrganizationDomain(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.UpdateOrganizationDomain"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<OrganizationDomain> UpdateOrganizationDomainAsync(UpdateOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateOrganizationDomain(parameters, cancellationToken));

    /// <inheritdoc cref="OrganizationsApi.DeleteOrganizationDomain"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteOrganizationDomainAsync(DeleteOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteOrganizationDomain(parameters, cancellationToken));
}
