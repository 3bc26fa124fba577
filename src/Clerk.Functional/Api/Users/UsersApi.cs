using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Users;

/// <summary>
/// The <c>users</c> sub-API: every method of <c>@clerk/backend</c>'s <c>UserAPI</c>, one file per method in this folder.
/// Each method returns an effect that sends the request described by the <see cref="UsersRequests"/> method of the
/// same name.
/// </summary>
public sealed partial class UsersApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public UsersApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>users</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class UsersRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Users = Route.Of("users");

    /// <summary><c>/users/{userId}</c>, or why the id cannot be used.</summary>
    private static Either<ClerkError, Route> UserRoute(string userId) => Users.ThenId(userId);
}
