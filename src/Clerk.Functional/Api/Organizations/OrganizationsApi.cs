using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Organizations;

/// <summary>
/// The <c>organizations</c> sub-API: every method of <c>@clerk/backend</c>'s <c>OrganizationAPI</c> (organizations, their
/// logos and metadata, memberships, invitations and domains), one file per method in this folder.
/// </summary>
public sealed partial class OrganizationsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public OrganizationsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>organizations</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class OrganizationsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Organizations = Route.Of("organizations");

    private static readonly Route OrganizationMemberships = Route.Of("organization_memberships");

    /// <summary><c>/organizations/{organizationId}</c>, or why the id cannot be used.</summary>
    private static Either<ClerkError, Route> OrganizationRoute(string? organizationId) => Organizations.ThenId(organizationId);
}
