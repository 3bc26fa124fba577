using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.OrganizationRoles;

/// <summary>The <c>organizationRoles</c> sub-API: the instance's organization roles and the permissions they grant. One file per method in this folder.</summary>
public sealed partial class OrganizationRolesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public OrganizationRolesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>organizationRoles</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class OrganizationRolesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route OrganizationRoles = Route.Of("organization_roles");
}
