using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.PhoneNumbers;

/// <summary>The <c>phoneNumbers</c> sub-API: phone number; the phone numbers of users. One file per method in this folder.</summary>
public sealed partial class PhoneNumbersApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public PhoneNumbersApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>phoneNumbers</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class PhoneNumbersRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route PhoneNumbers = Route.Of("phone_numbers");
}
