using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.AccountlessApplications;

/// <summary>The <c>__experimental_accountlessApplications</c> sub-API: keyless development applications (experimental; no secret key needed). One file per method in this folder.</summary>
public sealed partial class AccountlessApplicationsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public AccountlessApplicationsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>__experimental_accountlessApplications</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class AccountlessApplicationsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route AccountlessApplications = Route.Of("accountless_applications");
}
