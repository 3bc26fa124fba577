using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.SetPasswordCompromised"/>.</summary>
public sealed record SetPasswordCompromisedParams
{
    /// <summary>Also revokes every session of the user (false unless set).</summary>
    public Optional<bool> RevokeAllSessions { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>POST /users/{user_id}/password/set_compromised</c>; without parameters the body is
    /// <c>{"revoke_all_sessions": false}</c>, as <c>@clerk/backend</c> sends.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">Options.</param>
    public static Either<ClerkError, ApiCall<User>> SetPasswordCompromised(string userId, SetPasswordCompromisedParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Post, UserRoute(userId).Then("password").Then("set_compromised"), Decode.Json(Ctx.User),
            ClerkJson.Body(parameters ?? new SetPasswordCompromisedParams { RevokeAllSessions = false }, Ctx.SetPasswordCompromisedParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>POST /users/{user_id}/password/set_compromised</c>: marks the user's password as compromised so they must reset it.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">Options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, User>> SetPasswordCompromised(string userId, SetPasswordCompromisedParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.SetPasswordCompromised(userId, parameters), cancellationToken);
}
