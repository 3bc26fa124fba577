using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The organization and body of <see cref="OrganizationsApi.CreateOrganizationDomain"/>.</summary>
public sealed record CreateOrganizationDomainParams
{
    /// <summary>The organization's id (in the route, not the body).</summary>
    [JsonIgnore]
    public string OrganizationId { get; init; } = "";

    /// <summary>The domain name, e.g. <c>example.com</c>.</summary>
    public required string Name { get; init; }

    /// <summary>How users with an email address on the domain join: <c>manual_invitation</c>, <c>automatic_invitation</c>
    /// or <c>automatic_suggestion</c>.</summary>
    public required OrganizationEnrollmentMode EnrollmentMode { get; init; }

    /// <summary>Whether the domain is created verified; unset sends <c>true</c>, as <c>@clerk/backend</c> does.</summary>
    public bool? Verified { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>POST /organizations/{organization_id}/domains</c>, with <c>verified</c> defaulting to <c>true</c>.</summary>
    /// <param name="parameters">The organization and the domain.</param>
    public static Either<ClerkError, ApiCall<OrganizationDomain>> CreateOrganizationDomain(CreateOrganizationDomainParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, OrganizationRoute(p.OrganizationId).Then("domains"),
            Decode.Json(Ctx.OrganizationDomain), ClerkJson.Body(p with { Verified = p.Verified ?? true }, Ctx.CreateOrganizationDomainParams)));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations/{organization_id}/domains</c>: adds a domain to an organization (verified unless
    /// <see cref="CreateOrganizationDomainParams.Verified"/> is false).</summary>
    /// <param name="parameters">The organization and the domain.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationDomain>> CreateOrganizationDomain(CreateOrganizationDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.CreateOrganizationDomain(parameters), cancellationToken);
}
