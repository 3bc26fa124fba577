using System.Collections.Generic;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OAuthApplications;

/// <summary>The body of <see cref="OAuthApplicationsApi.Create"/>. Optional members are sent only when set; null is sent as null
/// (Clerk then applies its default).</summary>
public sealed record CreateOAuthApplicationParams
{
    /// <summary>A descriptive name, e.g. "My Web App" (at most 256 characters).</summary>
    public required string Name { get; init; }

    /// <summary>The redirect URIs; null is sent as null.</summary>
    public Optional<IReadOnlyList<string>?> RedirectUris { get; init; }

    /// <summary>The scopes that decide the user info endpoint's payload, separated by spaces: <c>profile</c>, <c>email</c>,
    /// <c>public_metadata</c>, <c>private_metadata</c> (Clerk's default is <c>profile email</c>); null is sent as null.</summary>
    public Optional<string?> Scopes { get; init; }

    /// <summary>Whether the client is public (no secret; the PKCE flow can be used); null is sent as null.</summary>
    public Optional<bool?> Public { get; init; }

    /// <summary>Whether users see a consent screen (Clerk's default is true; a member of Clerk's specification that
    /// <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> ConsentScreenEnabled { get; init; }

    /// <summary>Whether the PKCE flow is required (Clerk's default is false; a member of Clerk's specification that
    /// <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> PkceRequired { get; init; }
}

public static partial class OAuthApplicationsRequests
{
    /// <summary><c>POST /oauth_applications</c>.</summary>
    /// <param name="parameters">The application.</param>
    public static Either<ClerkError, ApiCall<OAuthApplication>> Create(CreateOAuthApplicationParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, OAuthApplications, Decode.Json(Ctx.OAuthApplication), ClerkJson.Body(parameters, Ctx.CreateOAuthApplicationParams));
}

public sealed partial class OAuthApplicationsApi
{
    /// <summary><c>POST /oauth_applications</c>: creates an OAuth application; the answer carries its client secret, once
    /// (<see cref="OAuthApplication.ClientSecret"/>).</summary>
    /// <param name="parameters">The application.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OAuthApplication>> Create(CreateOAuthApplicationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OAuthApplicationsRequests.Create(parameters), cancellationToken);
}
