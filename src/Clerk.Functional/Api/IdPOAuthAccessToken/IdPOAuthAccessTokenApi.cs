using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;
using Clerk.Functional.Tokens;

namespace Clerk.Functional.Api.IdPOAuthAccessToken;

/// <summary>Options of <see cref="IdPOAuthAccessTokenApi.Verify"/>.</summary>
public sealed record VerifyOAuthAccessTokenOptions
{
    /// <summary>When set, the token's <c>aud</c> must be present and name one of these.</summary>
    public IReadOnlyList<string> Audience { get => field ?? []; init; } = [];
}

/// <summary>The <c>idPOAuthAccessToken</c> sub-API (routes without <c>/v1</c>).</summary>
public sealed class IdPOAuthAccessTokenApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public IdPOAuthAccessTokenApi(IClerkRunner runner) => _runner = runner;

    /// <summary><c>POST /oauth_applications/access_tokens/verify</c>: the access token behind an opaque OAuth token
    /// (<c>oat_…</c>); with an audience, its <c>aud</c> is checked like <c>@clerk/backend</c> does.</summary>
    /// <param name="accessToken">The token.</param>
    /// <param name="options">The audience check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Resources.IdPOAuthAccessToken>> Verify(
        string accessToken, VerifyOAuthAccessTokenOptions? options = null, CancellationToken cancellationToken = default) =>
        _runner.Run(IdPOAuthAccessTokenRequests.Verify(accessToken, options), cancellationToken);
}

/// <summary>The pure request descriptions of the <c>idPOAuthAccessToken</c> sub-API.</summary>
public static class IdPOAuthAccessTokenRequests
{
    /// <summary><c>POST /oauth_applications/access_tokens/verify</c> with <c>{"access_token": ...}</c>.</summary>
    /// <param name="accessToken">The token.</param>
    /// <param name="options">The audience check applied to the answer.</param>
    public static Either<ClerkError, ApiCall<Resources.IdPOAuthAccessToken>> Verify(string accessToken, VerifyOAuthAccessTokenOptions? options = null)
    {
        var audience = options?.Audience ?? [];
        Decoder<Resources.IdPOAuthAccessToken> decode = response => Decode.Json(ClerkJsonContext.Default.IdPOAuthAccessToken)(response)
            .Bind(token => token.Active == false && token.Id.Length == 0
                ? Prelude.Left<ClerkError, Resources.IdPOAuthAccessToken>(new ClerkError.TokenVerification(new Tokens.TokenVerificationError(
                    Tokens.TokenVerificationErrorReason.TokenExpired, "The OAuth access token is not active (Clerk answered {\"active\": false}).")))
                : Prelude.Right<ClerkError, Resources.IdPOAuthAccessToken>(token))
            .Bind(token => Claims.OAuthAudience(token.Aud, audience)
                .Map(_ => token)
                .MapLeft(error => (ClerkError)new ClerkError.TokenVerification(error)));
        return ApiCall.Of(HttpVerb.Post, Route.Of("oauth_applications", "access_tokens", "verify"), decode,
            JsonBody.Strings(("access_token", accessToken ?? "")), flags: new RequestFlags(SkipApiVersionInUrl: true));
    }
}
