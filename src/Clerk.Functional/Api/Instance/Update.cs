using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Instance;

/// <summary>The body of <see cref="InstanceApi.Update"/>. Only set members are sent.</summary>
public sealed record UpdateInstanceParams
{
    /// <summary>Whether test mode (test phone numbers and emails) is on; development instances only; null is sent as null.</summary>
    public Optional<bool?> TestMode { get; init; }

    /// <summary>Whether passwords are checked against the Have I Been Pwned breach list; null is sent as null.</summary>
    public Optional<bool?> Hibp { get; init; }

    /// <summary>Whether verification emails are sent from Clerk's shared domain (a member <c>@clerk/backend</c> sends that the specification does not declare); null is sent as null.</summary>
    public Optional<bool?> EnhancedEmailDeliverability { get; init; }

    /// <summary>The support email address shown to users; null is sent as null.</summary>
    public Optional<string?> SupportEmail { get; init; }

    /// <summary>The <c>@clerk/clerk-js</c> version the instance serves; null is sent as null.</summary>
    public Optional<string?> ClerkJsVersion { get; init; }

    /// <summary>The origin of the development app; null is sent as null.</summary>
    public Optional<string?> DevelopmentOrigin { get; init; }

    /// <summary>The origins allowed to call the Frontend API.</summary>
    public IReadOnlyList<string>? AllowedOrigins { get; init; }

    /// <summary>Whether development instances keep sessions without third-party cookies (deprecated by Clerk; a member of the specification that <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> CookielessDev { get; init; }

    /// <summary>Whether development instances sync sessions through the URL instead of third-party cookies; null is sent as null.</summary>
    public Optional<bool?> UrlBasedSessionSyncing { get; init; }

    /// <summary>The first-factor strategy offered when a password is required: <c>password</c>, <c>otp</c> or empty; null is sent as null.</summary>
    public Optional<string?> PreferredSignInStrategyWhenPasswordRequired { get; init; }
}

public static partial class InstanceRequests
{
    /// <summary><c>PATCH /instance</c>.</summary>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<Unit>> Update(UpdateInstanceParams? parameters) =>
        ApiCall.Of(HttpVerb.Patch, InstanceRoute, Decode.Unit, ClerkJson.Body(parameters, Ctx.UpdateInstanceParams));
}

public sealed partial class InstanceApi
{
    /// <summary><c>PATCH /instance</c>: changes the instance's settings (Clerk answers 204, no content).</summary>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Unit>> Update(UpdateInstanceParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(InstanceRequests.Update(parameters), cancellationToken);
}
