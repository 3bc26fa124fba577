using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.RemovePassword"/>.</summary>
public sealed record RemovePasswordParams
{
    /// <summary>Signs the user out of every other session.</summary>
    public Optional<bool> SignOutOfOtherSessions { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/remove_password</c> (no body when no parameter is set).</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">Options.</param>
    public static Either<ClerkError, ApiCall<User>> RemovePassword(string userId, RemovePasswordParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("remove_password"), Decode.Json(Ctx.User),
            ClerkJson.Body(parameters ?? new RemovePasswordParams(), Ctx.RemovePasswordParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/remove_password</c>: removes the user's password.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">Options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> RemovePassword(string userId, RemovePasswordParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.RemovePassword(userId, parameters), cancellationToken);
}
