using System.Collections.Generic;
using System.Text.Json;

using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A user's OAuth access token for a social provider.</summary>
public sealed record OauthAccessToken
{
    /// <summary>The object type: <c>oauth_access_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The external account's ID.</summary>
    [JsonInclude]
    public string ExternalAccountId { get => field ?? ""; internal set; }

    /// <summary>The unique ID of the user in the external provider's system.</summary>
    [JsonInclude]
    public string ProviderUserId { get => field ?? ""; internal set; }

    /// <summary>The access token.</summary>
    [JsonInclude]
    public string Token { get => field ?? ""; internal set; }

    /// <summary>The time of the access token's expiration.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ExpiresAt { get; internal set; }

    /// <summary>The provider, e.g. <c>oauth_google</c>.</summary>
    [JsonInclude]
    public string Provider { get => field ?? ""; internal set; }

    /// <summary>Public metadata (free-form JSON).</summary>
    [JsonInclude]
    public JsonElement PublicMetadata { get => ClerkJson.OrEmptyObject(field); internal set; }

    /// <summary>A label for the token, when set.</summary>
    [JsonInclude]
    public string? Label { get; internal set; }

    /// <summary>The scopes the token is valid for (OAuth 2.0 tokens only).</summary>
    [JsonInclude]
    public IReadOnlyList<string> Scopes { get => field ?? []; internal set; }

    /// <summary>The ID token from an OIDC provider, when available.</summary>
    [JsonInclude]
    public string? IdToken { get; internal set; }

    /// <summary>The token secret (OAuth 1.0 tokens only).</summary>
    [JsonInclude]
    public string? TokenSecret { get; internal set; }

    // Secrets stay out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token), nameof(TokenSecret), nameof(IdToken));
}
