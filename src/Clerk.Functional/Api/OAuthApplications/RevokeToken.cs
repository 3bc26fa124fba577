using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.OAuthApplications;

/// <summary>The parameters of <see cref="OAuthApplicationsApi.RevokeToken"/>: the application's id (path) and the token (body).</summary>
public sealed record RevokeOAuthApplicationTokenParams
{
    /// <summary>The application's id.</summary>
    [JsonIgnore]
    public string OAuthApplicationId { get; init; } = "";

    /// <summary>The opaque OAuth access token or refresh token to revoke. Never printed.</summary>
    public required string Token { get; init; }

    // The token is a credential.
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token));
}

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>POST /oauth_applications/{oauth_application_id}/revoke_token</c>.</summary>
    /// <param name="parameters">The application and the token.</param>
    public static Either<ClerkError, ApiCall<Unit>> RevokeToken(RevokeOAuthApplicationTokenParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.RevokeOAuthApplicationTokenParams)
        from call in ApiCall.Of(HttpVerb.Post, OAuthApplications.ThenId(p.OAuthApplicationId).Then("revoke_token"), Decode.Unit, body)
        select call;
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>POST /oauth_applications/{oauth_application_id}/revoke_token</c>: revokes the access token and the refresh token of
    /// the grant that the given token belongs to (either may be given); Clerk answers 204.</summary>
    /// <param name="parameters">The application and the token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Unit>> RevokeToken(RevokeOAuthApplicationTokenParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.RevokeToken(parameters), cancellationToken);
}
