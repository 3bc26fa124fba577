using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.JwtTemplates;

/// <summary>The body of <see cref="JwtTemplatesApi.Create"/>. Only set members are sent; the claims' keys are sent as given.</summary>
public sealed record CreateJwtTemplateParams
{
    /// <summary>The template's name, used by <c>sessions.getToken</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The claims, sent verbatim (Clerk's <c>{{user.id}}</c>-style shortcodes are expanded when a token is minted).</summary>
    public required JsonElement Claims { get; init; }

    /// <summary>The token lifetime in seconds (30 to 315360000); null is sent as null.</summary>
    public Optional<long?> Lifetime { get; init; }

    /// <summary>The allowed clock skew in seconds (0 to 300); null is sent as null.</summary>
    public Optional<long?> AllowedClockSkew { get; init; }

    /// <summary>Whether the tokens are signed with <see cref="SigningKey"/> and <see cref="SigningAlgorithm"/> instead of the instance's key.</summary>
    public bool? CustomSigningKey { get; init; }

    /// <summary>The custom signing algorithm, e.g. <c>HS256</c> (required with a custom signing key); null is sent as null.</summary>
    public Optional<string?> SigningAlgorithm { get; init; }

    /// <summary>The custom signing key (required with a custom signing key); null is sent as null. Never printed.</summary>
    public Optional<string?> SigningKey { get; init; }

    // The signing key is a secret.
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(SigningKey));
}

public static partial class JwtTemplatesRequests
{
    /// <summary><c>POST /jwt_templates</c>.</summary>
    /// <param name="parameters">The template.</param>
    public static Either<ClerkError, ApiCall<JwtTemplate>> Create(CreateJwtTemplateParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, JwtTemplates, Decode.Json(Ctx.JwtTemplate), ClerkJson.Body(parameters, Ctx.CreateJwtTemplateParams));
}

public sealed partial class JwtTemplatesApi
{
    /// <summary><c>POST /jwt_templates</c>: creates a JWT template.</summary>
    /// <param name="parameters">The template.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, JwtTemplate>> Create(CreateJwtTemplateParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(JwtTemplatesRequests.Create(parameters), cancellationToken);
}
