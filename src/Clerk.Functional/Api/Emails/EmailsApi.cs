using System.Text.RegularExpressions;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Emails;

/// <summary>The <c>emails</c> sub-API (experimental in <c>@clerk/backend</c>, an endpoint Clerk has not published yet):
/// transactional emails sent through Clerk. One file per method in this folder.</summary>
public sealed partial class EmailsApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public EmailsApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>emails</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class EmailsRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Email = Route.Of("email");

    private static readonly Regex IdempotencyKeyPattern = new("^[a-zA-Z0-9_-]{1,255}$", RegexOptions.CultureInvariant);

    // As @clerk/backend checks it before sending, with its message.
    private static Either<ClerkError, Unit> ValidIdempotencyKey(string? key) =>
        key is null || IdempotencyKeyPattern.IsMatch(key)
            ? Prelude.unit
            : new ClerkError.InvalidArgument("Idempotency key must contain only ASCII letters, digits, underscores, and hyphens and cannot exceed 255 characters.");
}
