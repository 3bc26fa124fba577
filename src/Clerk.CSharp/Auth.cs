using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Auth;
using Clerk.Functional.Tokens;

namespace Clerk.CSharp;

/// <summary>An auth object could not be built from session claims (where <c>@clerk/backend</c>'s <c>toAuth()</c> throws).</summary>
public sealed class AuthObjectException : ClerkException
{
    /// <summary>Wraps the core error (as <see cref="Clerk.Functional.Errors.ClerkError.InvalidArgument"/> in <see cref="ClerkException.Error"/>).</summary>
    /// <param name="error">The error.</param>
    public AuthObjectException(AuthObjectError error)
        : base(new Clerk.Functional.Errors.ClerkError.InvalidArgument((error ?? throw new ArgumentNullException(nameof(error))).Message)) => Claims = error;

    /// <summary>The core error.</summary>
    public AuthObjectError Claims { get; }
}

/// <summary>
/// Publishable keys and auth objects for conventional C#: values or exceptions, no LanguageExt types. The auth objects
/// themselves (<see cref="AuthObject"/>, <see cref="HasParams"/>) are plain records: <c>auth.Has(new HasParams { Role = "admin" })</c>.
/// </summary>
public static class ClerkAuth
{
    /// <inheritdoc cref="PublishableKey.Parse"/>
    /// <exception cref="ClerkConfigurationException">The key is missing or malformed (<c>@clerk/backend</c>'s message).</exception>
    public static PublishableKey ParsePublishableKey(string? key) =>
        PublishableKey.Parse(key).Match(Right: parsed => parsed, Left: error => throw ClerkException.From(error.ToClerkError()));

    /// <summary><c>getAuthObjectFromJwt</c>: the auth object of verified session claims (see <see cref="AuthObject.FromSessionClaims"/>).</summary>
    /// <param name="claims">The verified claims.</param>
    /// <param name="sessionToken">The raw session token, returned by <see cref="GetTokenAsync"/>.</param>
    /// <param name="treatPendingAsSignedOut">Whether a pending session counts as signed out (default true).</param>
    /// <exception cref="AuthObjectException">The claims are malformed where <c>@clerk/backend</c> throws.</exception>
    public static AuthObject FromSessionClaims(JsonElement claims, string? sessionToken = null, bool treatPendingAsSignedOut = true) =>
        AuthObject.FromSessionClaims(claims, sessionToken, null, treatPendingAsSignedOut)
            .Match(Right: auth => auth, Left: error => throw new AuthObjectException(error));

    /// <inheritdoc cref="AuthObject.FromMachineToken"/>
    public static AuthObject FromMachineToken(VerifiedMachineToken verified, string token) => AuthObject.FromMachineToken(verified, token);

    /// <summary><c>getToken(options)</c>: the raw token, a fetched template token, or null when there is none.</summary>
    /// <param name="auth">The auth object.</param>
    /// <param name="options">Template and lifetime (session auth only).</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    /// <exception cref="ClerkException">A template token could not be fetched.</exception>
    public static async Task<string?> GetTokenAsync(this AuthObject auth, GetTokenOptions? options = null, CancellationToken cancellationToken = default)
    {
        var token = await Effects.RunAsync(auth.GetToken(options, cancellationToken)).ConfigureAwait(false);
        return token.MatchUnsafe(value => value, () => null);
    }
}

/// <summary>Authentication of a request was impossible (missing or malformed keys, bad satellite set-up, an invalid
/// organization-sync pattern, a request that is not absolute): <c>@clerk/backend</c>'s message.</summary>
public sealed class AuthenticateRequestException : ClerkException
{
    /// <summary>Wraps the core error (as <see cref="Clerk.Functional.Errors.ClerkError.Configuration"/> in <see cref="ClerkException.Error"/>).</summary>
    /// <param name="error">The error.</param>
    public AuthenticateRequestException(Clerk.Functional.Auth.AuthenticateRequestError error)
        : base(new Clerk.Functional.Errors.ClerkError.Configuration((error ?? throw new ArgumentNullException(nameof(error))).Message)) => Request = error;

    /// <summary>The core error.</summary>
    public Clerk.Functional.Auth.AuthenticateRequestError Request { get; }
}
