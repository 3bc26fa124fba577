using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SignUps;

/// <summary>Which sign-up <see cref="SignUpsApi.Update"/> changes, and how; only set members are sent, and null is sent
/// as null (it clears the field).</summary>
public sealed record UpdateSignUpParams
{
    /// <summary>The sign-up's id (in the route); an empty id is refused before anything is sent.</summary>
    [JsonIgnore]
    public string SignUpAttemptId { get; init; } = "";

    /// <summary>The guest's ID in your own systems, copied to the user when the sign-up completes.</summary>
    public Optional<string?> ExternalId { get; init; }

    /// <summary>Whether the sign-up is marked as a custom action.</summary>
    public Optional<bool?> CustomAction { get; init; }
}

public static partial class SignUpsRequests
{
    /// <summary><c>PATCH /sign_ups/{id}</c>.</summary>
    /// <param name="parameters">The sign-up and the changes.</param>
    public static Either<ClerkError, ApiCall<SignUpAttempt>> Update(UpdateSignUpParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, SignUps.ThenId(p.SignUpAttemptId), Decode.Json(Ctx.SignUpAttempt),
            ClerkJson.Body(p, Ctx.UpdateSignUpParams)));
}

public sealed partial class SignUpsApi
{
    /// <summary><c>PATCH /sign_ups/{id}</c>: sets a sign-up's external id or custom-action mark.</summary>
    /// <param name="parameters">The sign-up and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SignUpAttempt>> Update(UpdateSignUpParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(SignUpsRequests.Update(parameters), cancellationToken);
}
