using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Instance;

/// <summary>The body of <see cref="InstanceApi.UpdateOrganizationSettings"/>. Only set members are sent.</summary>
public sealed record UpdateOrganizationSettingsParams
{
    /// <summary>Whether organizations are enabled; null is sent as null.</summary>
    public Optional<bool?> Enabled { get; init; }

    /// <summary>The default membership limit (0 is unlimited); null is sent as null.</summary>
    public Optional<long?> MaxAllowedMemberships { get; init; }

    /// <summary>Whether admins may delete their organization; null is sent as null.</summary>
    public Optional<bool?> AdminDeleteEnabled { get; init; }

    /// <summary>Whether verified domains are enabled; null is sent as null.</summary>
    public Optional<bool?> DomainsEnabled { get; init; }

    /// <summary>Whether organization slugs are disabled (a member of the specification that <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> SlugDisabled { get; init; }

    /// <summary>The enrollment modes verified domains may use, e.g. <c>manual_invitation</c>.</summary>
    public IReadOnlyList<string>? DomainsEnrollmentModes { get; init; }

    /// <summary>The id of the role an organization's creator gets; null is sent as null.</summary>
    public Optional<string?> CreatorRoleId { get; init; }

    /// <summary>The id of the role of members who join through a verified domain; null is sent as null.</summary>
    public Optional<string?> DomainsDefaultRoleId { get; init; }
}

public static partial class InstanceRequests
{
    /// <summary><c>PATCH /instance/organization_settings</c>.</summary>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<OrganizationSettings>> UpdateOrganizationSettings(UpdateOrganizationSettingsParams? parameters) =>
        ApiCall.Of(HttpVerb.Patch, InstanceRoute.Then("organization_settings"), Decode.Json(Ctx.OrganizationSettings), ClerkJson.Body(parameters, Ctx.UpdateOrganizationSettingsParams));
}

public sealed partial class InstanceApi
{
    /// <summary><c>PATCH /instance/organization_settings</c>: changes the instance's organization settings.</summary>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationSettings>> UpdateOrganizationSettings(UpdateOrganizationSettingsParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(InstanceRequests.UpdateOrganizationSettings(parameters), cancellationToken);
}
