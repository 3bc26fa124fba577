using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.ReplaceUserEmailAddress"/>.</summary>
public sealed record ReplaceUserEmailAddressParams
{
    /// <summary>The new email address.</summary>
    public required string EmailAddress { get; init; }

    /// <summary><c>verified</c> (Clerk's default), <c>reserved</c> (unverified but usable for sign-in and locked to this
    /// user) or <c>unverified</c> (neither; may lock the user out).</summary>
    public Optional<string> IdentificationStatus { get; init; }

    /// <summary>Whether to notify the previous primary email address of the change.</summary>
    public Optional<bool> NotifyPrimaryEmailAddressChanged { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>PUT /users/{user_id}/email_address</c>.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The new address.</param>
    public static Either<ClerkError, ApiCall<EmailAddress>> ReplaceUserEmailAddress(string userId, ReplaceUserEmailAddressParams parameters) =>
        ApiCall.Of(HttpVerb.Put, UserRoute(userId).Then("email_address"), Decode.Json(Ctx.EmailAddress),
            ClerkJson.Body(parameters, Ctx.ReplaceUserEmailAddressParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>PUT /users/{user_id}/email_address</c>: replaces the user's email address.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The new address.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EmailAddress>> ReplaceUserEmailAddress(string userId, ReplaceUserEmailAddressParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.ReplaceUserEmailAddress(userId, parameters), cancellationToken);
}
