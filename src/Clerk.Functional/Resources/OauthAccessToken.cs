using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A user's OAuth access token for a social provider.</summary>
public sealed record OauthAccessToken
{
    /// <summary>The object type: <c>oauth_access_token</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The external account's ID.</summary>
    public string ExternalAccountId { get => field ?? ""; init; }

    /// <summary>The unique ID of the user in the external provider's system.</summary>
    public string ProviderUserId { get => field ?? ""; init; }

    /// <summary>The access token.</summary>
    public string Token { get => field ?? ""; init; }

    /// <summary>Unix timestamp (milliseconds) of the access token's expiration.</summary>
    public long? ExpiresAt { get; init; }

    /// <summary>The provider, e.g. <c>oauth_google</c>.</summary>
    public string Provider { get => field ?? ""; init; }

    /// <summary>Public metadata (free-form JSON).</summary>
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); init; }

    /// <summary>A label for the token, when set.</summary>
    public string? Label { get; init; }

    /// <summary>The scopes the token is valid for (OAuth 2.0 tokens only).</summary>
    public IReadOnlyList<string> Scopes { get => field ?? []; init; }

    /// <summary>The ID token from an OIDC provider, when available.</summary>
    public string? IdToken { get; init; }

    /// <summary>The token secret (OAuth 1.0 tokens only).</summary>
    public string? TokenSecret { get; init; }

    // Secrets stay out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token), nameof(TokenSecret), nameof(IdToken));
}
