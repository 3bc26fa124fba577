using System.Collections.Generic;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

/// <summary>The parameters of <see cref="OAuthApplicationsApi.Update"/>: the application's id (path) and the changes (body).
/// Only set members are sent (none: no body); null is sent as null.</summary>
public sealed record UpdateOAuthApplicationParams
{
    /// <summary>The application's id.</summary>
    [JsonIgnore]
    public string OAuthApplicationId { get; init; } = "";

    /// <summary>The new name (at most 256 characters); null is sent as null.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>The new redirect URIs; null is sent as null.</summary>
    public Optional<IReadOnlyList<string>?> RedirectUris { get; init; }

    /// <summary>The new scopes, separated by spaces (<c>profile</c>, <c>email</c>, <c>public_metadata</c>, <c>private_metadata</c>); null is sent as null.</summary>
    public Optional<string?> Scopes { get; init; }

    /// <summary>Whether the client is public (no secret; the PKCE flow can be used); null is sent as null.</summary>
    public Optional<bool?> Public { get; init; }

    /// <summary>Whether users see a consent screen (it cannot be switched off for dynamically registered applications; a member
    /// of Clerk's specification that <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> ConsentScreenEnabled { get; init; }

    /// <summary>Whether the PKCE flow is required (a member of Clerk's specification that <c>@clerk/backend</c> does not type);
    /// null is sent as null.</summary>
    public Optional<bool?> PkceRequired { get; init; }
}

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>PATCH /oauth_applications/{oauth_application_id}</c>.</summary>
    /// <param name="parameters">The application and the changes.</param>
    public static Either<ClerkError, ApiCall<OAuthApplication>> Update(UpdateOAuthApplicationParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.UpdateOAuthApplicationParams)
        from call in ApiCall.Of(HttpVerb.Patch, OAuthApplications.ThenId(p.OAuthApplicationId), Decode.Json(Ctx.OAuthApplication), body)
        select call;
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>PATCH /oauth_applications/{oauth_application_id}</c>: changes an OAuth application.</summary>
    /// <param name="parameters">The application and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OAuthApplication>> Update(UpdateOAuthApplicationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.Update(parameters), cancellationToken);
}
