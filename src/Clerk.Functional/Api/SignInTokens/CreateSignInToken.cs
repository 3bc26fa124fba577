using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.SignInTokens;

/// <summary>The body of <see cref="SignInTokensApi.CreateSignInToken"/>.</summary>
public sealed record CreateSignInTokenParams
{
    /// <summary>The user the token signs in.</summary>
    public required string UserId { get; init; }

    /// <summary>How long the token is valid, in seconds (Clerk's default is 30 days).</summary>
    public long? ExpiresInSeconds { get; init; }

    /// <summary>An organization to make active when the user signs in.</summary>
    public string? OrgId { get; init; }
}

public static partial class SignInTokensRequests
{
    /// <summary><c>POST /sign_in_tokens</c>.</summary>
    /// <param name="parameters">The user, lifetime and organization.</param>
    public static Either<ClerkError, ApiCall<SignInToken>> CreateSignInToken(CreateSignInTokenParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, SignInTokens, Decode.Json(Ctx.SignInToken), ClerkJson.Body(parameters, Ctx.CreateSignInTokenParams));
}

public sealed partial class SignInTokensApi
{
    /// <summary><c>POST /sign_in_tokens</c>: a one-time sign-in link for a user; the answer holds the token, once.</summary>
    /// <param name="parameters">The user, lifetime and organization.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SignInToken>> CreateSignInToken(CreateSignInTokenParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(SignInTokensRequests.CreateSignInToken(parameters), cancellationToken);
}
