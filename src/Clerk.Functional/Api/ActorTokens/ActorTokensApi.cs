using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.ActorTokens;

/// <summary>The <c>actorTokens</c> sub-API: tokens that let an actor sign in as a user (impersonation). One file per method in this folder.</summary>
public sealed partial class ActorTokensApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public ActorTokensApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>actorTokens</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class ActorTokensRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route ActorTokens = Route.Of("actor_tokens");
}
