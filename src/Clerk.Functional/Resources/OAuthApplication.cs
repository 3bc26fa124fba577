using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>An OAuth application: a client that signs users in with Clerk acting as the OAuth 2.0 / OpenID Connect provider.</summary>
public sealed record OAuthApplication
{
    /// <summary>The object type: <c>oauth_application</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the OAuth application.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The ID of the instance the application belongs to.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>The application's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The OAuth client id.</summary>
    [JsonInclude]
    public string ClientId { get => field ?? ""; internal set; }

    /// <summary>The URL of the client's home page, or null.</summary>
    [JsonInclude]
    public string? ClientUri { get; internal set; }

    /// <summary>The URL of the client's logo, or null.</summary>
    [JsonInclude]
    public string? ClientImageUrl { get; internal set; }

    /// <summary>True when the client registered itself (OAuth dynamic client registration).</summary>
    [JsonInclude]
    public bool DynamicallyRegistered { get; internal set; }

    /// <summary>True when users see a consent screen during authorization.</summary>
    [JsonInclude]
    public bool ConsentScreenEnabled { get; internal set; }

    /// <summary>True when the Proof Key for Code Exchange (PKCE) flow is required.</summary>
    [JsonInclude]
    public bool PkceRequired { get; internal set; }

    /// <summary>True for a public client (no secret; PKCE can be used).</summary>
    [JsonInclude]
    public bool Public { get; internal set; }

    /// <summary>The scopes, separated by spaces, e.g. <c>profile email</c>.</summary>
    [JsonInclude]
    public string Scopes { get => field ?? ""; internal set; }

    /// <summary>The redirect URIs.</summary>
    [JsonInclude]
    public IReadOnlyList<string> RedirectUris { get => field ?? []; internal set; }

    /// <summary>Deprecated by Clerk: use <see cref="RedirectUris"/>. Null when not sent.</summary>
    [JsonInclude]
    public string? CallbackUrl { get; internal set; }

    /// <summary>The authorization endpoint.</summary>
    [JsonInclude]
    public string AuthorizeUrl { get => field ?? ""; internal set; }

    /// <summary>The token endpoint.</summary>
    [JsonInclude]
    public string TokenFetchUrl { get => field ?? ""; internal set; }

    /// <summary>The user info endpoint.</summary>
    [JsonInclude]
    public string UserInfoUrl { get => field ?? ""; internal set; }

    /// <summary>The OpenID Connect discovery document's URL.</summary>
    [JsonInclude]
    public string DiscoveryUrl { get => field ?? ""; internal set; }

    /// <summary>The token introspection endpoint.</summary>
    [JsonInclude]
    public string TokenIntrospectionUrl { get => field ?? ""; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The client secret, sent only by <c>create</c> and <c>rotateSecret</c> (empty for a public client); null otherwise. Never printed.</summary>
    [JsonInclude]
    public string? ClientSecret { get; internal set; }

    // The client secret stays out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(ClientSecret));
}
