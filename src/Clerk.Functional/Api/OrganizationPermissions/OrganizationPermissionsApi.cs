using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.OrganizationPermissions;

/// <summary>The <c>organizationPermissions</c> sub-API: the instance's custom organization permissions (<c>org:feature:action</c>). One file per method in this folder.</summary>
public sealed partial class OrganizationPermissionsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public OrganizationPermissionsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>organizationPermissions</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class OrganizationPermissionsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route OrganizationPermissions = Route.Of("organization_permissions");
}
