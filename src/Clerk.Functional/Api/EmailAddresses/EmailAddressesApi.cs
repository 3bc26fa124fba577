using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.EmailAddresses;

/// <summary>The <c>emailAddresses</c> sub-API: email address; the email addresses of users. One file per method in this folder.</summary>
public sealed partial class EmailAddressesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public EmailAddressesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>emailAddresses</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class EmailAddressesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route EmailAddresses = Route.Of("email_addresses");
}
