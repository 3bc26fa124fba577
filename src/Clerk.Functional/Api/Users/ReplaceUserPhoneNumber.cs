using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Users;

/// <summary>The body of <see cref="UsersApi.ReplaceUserPhoneNumber"/>.</summary>
public sealed record ReplaceUserPhoneNumberParams
{
    /// <summary>The new phone number (E.164).</summary>
    public required string PhoneNumber { get; init; }

    /// <summary><c>verified</c> (Clerk's default), <c>reserved</c> (unverified but usable for sign-in and locked to this
    /// user) or <c>unverified</c> (neither; may lock the user out).</summary>
    public Optional<string> IdentificationStatus { get; init; }
}

public static partial class UsersRequests
{
    /// <summary><c>PUT /users/{user_id}/phone_number</c>.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The new number.</param>
    public static Either<ClerkError, ApiCall<PhoneNumber>> ReplaceUserPhoneNumber(string userId, ReplaceUserPhoneNumberParams parameters) =>
        ApiCall.Of(HttpVerb.Put, UserRoute(userId).Then("phone_number"), Decode.Json(Ctx.PhoneNumber),
            ClerkJson.Body(parameters, Ctx.ReplaceUserPhoneNumberParams));
}

public sealed partial class UsersApi
{
    /// <summary><c>PUT /users/{user_id}/phone_number</c>: replaces the user's phone number.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="parameters">The new number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PhoneNumber>> ReplaceUserPhoneNumber(string userId, ReplaceUserPhoneNumberParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(UsersRequests.ReplaceUserPhoneNumber(userId, parameters), cancellationToken);
}
