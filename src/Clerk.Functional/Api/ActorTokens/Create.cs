using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.ActorTokens;

/// <summary>The body of <see cref="ActorTokensApi.Create"/>.</summary>
public sealed record CreateActorTokenParams
{
    /// <summary>The user to act as.</summary>
    public required string UserId { get; init; }

    /// <summary>Who acts: their <c>sub</c> and any other claims, sent as given.</summary>
    public required ActorTokenActor Actor { get; init; }

    /// <summary>How long the token is valid, in seconds (Clerk's default is one hour).</summary>
    public long? ExpiresInSeconds { get; init; }

    /// <summary>The longest session it may start, in seconds (Clerk's default is 30 minutes).</summary>
    public long? SessionMaxDurationInSeconds { get; init; }
}

/// <summary>The actor of an actor token.</summary>
public sealed record ActorTokenActor
{
    /// <summary>The actor's id, usually a user id.</summary>
    public required string Sub { get; init; }

    /// <summary>Other members of the actor, sent verbatim under <c>additionalProperties</c>, as <c>@clerk/backend</c> sends them.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("additionalProperties")]
    public System.Text.Json.JsonElement? AdditionalProperties { get; init; }
}

public static partial class ActorTokensRequests
{
    /// <summary><c>POST /actor_tokens</c>.</summary>
    /// <param name="parameters">The user, the actor and the lifetimes.</param>
    public static Either<ClerkError, ApiCall<ActorToken>> Create(CreateActorTokenParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, ActorTokens, Decode.Json(Ctx.ActorToken), ClerkJson.Body(parameters, Ctx.CreateActorTokenParams));
}

public sealed partial class ActorTokensApi
{
    /// <summary><c>POST /actor_tokens</c>: a token that lets the actor sign in as the user; the answer holds it, once.</summary>
    /// <param name="parameters">The user, the actor and the lifetimes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, ActorToken>> Create(CreateActorTokenParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(ActorTokensRequests.Create(parameters), cancellationToken);
}
