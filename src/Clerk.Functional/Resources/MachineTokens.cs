using System.Text.Json;
using Clerk.Functional.Json;

using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A machine-to-machine token (<c>machine_to_machine_token</c>): from <c>POST /m2m_tokens/verify</c>, the
/// M2M endpoints, or built from a verified M2M JWT.</summary>
public sealed record M2MToken
{
    /// <summary>The object type: <c>machine_to_machine_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The token id (<c>mt_…</c>; a JWT's <c>jti</c>, or empty).</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The machine the token was issued to (<c>mch_…</c>).</summary>
    [JsonInclude]
    public string Subject { get => field ?? ""; internal set; }

    /// <summary>The machines the token may call.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Scopes { get => field ?? []; internal set; }

    /// <summary>Custom claims, or null.</summary>
    [JsonInclude]
    public JsonElement? Claims { get; internal set; }

    /// <summary>True when revoked.</summary>
    [JsonInclude]
    public bool Revoked { get; internal set; }

    /// <summary>Why it was revoked.</summary>
    [JsonInclude]
    public string? RevocationReason { get; internal set; }

    /// <summary>True when expired.</summary>
    [JsonInclude]
    public bool Expired { get; internal set; }

    /// <summary>Expiry , or null for none.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Expiration { get; internal set; }

    /// <summary>Creation time.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>When the token was last used, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastUsedAt { get; internal set; }

    /// <summary>The token itself; only in the answer to its creation.</summary>
    [JsonInclude]
    public string? Token { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token));
}

/// <summary>An API key (<c>api_key</c>): from <c>POST /api_keys/verify</c> or the API-key endpoints.</summary>
public sealed record ApiKey
{
    /// <summary>The object type: <c>api_key</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The key id (<c>ak_…</c>).</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The key type, <c>api_key</c>.</summary>
    [JsonInclude]
    public string Type { get => field ?? ""; internal set; }

    /// <summary>The key's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The user or organization the key acts for.</summary>
    [JsonInclude]
    public string Subject { get => field ?? ""; internal set; }

    /// <summary>The key's scopes.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Scopes { get => field ?? []; internal set; }

    /// <summary>Custom claims, or null.</summary>
    [JsonInclude]
    public JsonElement? Claims { get; internal set; }

    /// <summary>True when revoked.</summary>
    [JsonInclude]
    public bool Revoked { get; internal set; }

    /// <summary>Why it was revoked.</summary>
    [JsonInclude]
    public string? RevocationReason { get; internal set; }

    /// <summary>True when expired.</summary>
    [JsonInclude]
    public bool Expired { get; internal set; }

    /// <summary>Expiry , or null for none.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Expiration { get; internal set; }

    /// <summary>Who created it.</summary>
    [JsonInclude]
    public string? CreatedBy { get; internal set; }

    /// <summary>A description.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>Last use.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? LastUsedAt { get; internal set; }

    /// <summary>Creation time.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The secret; only in the answer to its creation.</summary>
    [JsonInclude]
    public string? Secret { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Secret));
}

/// <summary>An OAuth access token issued by Clerk as identity provider (<c>clerk_idp_oauth_access_token</c>).</summary>
public sealed record IdPOAuthAccessToken
{
    /// <summary>The object type: <c>clerk_idp_oauth_access_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary><c>false</c> when Clerk answered <c>{"active": false}</c> (an expired JWT access token; <c>Verify</c>
    /// turns that answer into a <c>token-expired</c> error), otherwise null.</summary>
    [JsonInclude]
    public bool? Active { get; internal set; }

    /// <summary>The token id (<c>oat_…</c>; a JWT's <c>jti</c>, or empty).</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The OAuth application's client id.</summary>
    [JsonInclude]
    public string ClientId { get => field ?? ""; internal set; }

    /// <summary>The token type, <c>oauth_token</c>.</summary>
    [JsonInclude]
    public string Type { get => field ?? ""; internal set; }

    /// <summary>The user the token acts for.</summary>
    [JsonInclude]
    public string Subject { get => field ?? ""; internal set; }

    /// <summary>The granted scopes.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Scopes { get => field ?? []; internal set; }

    /// <summary>True when revoked.</summary>
    [JsonInclude]
    public bool Revoked { get; internal set; }

    /// <summary>Why it was revoked.</summary>
    [JsonInclude]
    public string? RevocationReason { get; internal set; }

    /// <summary>True when expired.</summary>
    [JsonInclude]
    public bool Expired { get; internal set; }

    /// <summary>Expiry , or null for none.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Expiration { get; internal set; }

    /// <summary>Creation time.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The audience (<c>aud</c>), a string or a list, when the token has one.</summary>
    [JsonInclude]
    public JsonElement? Aud { get; internal set; }
}

/// <summary>The answer of <c>GET /api_keys/{api_key_id}/secret</c>.</summary>
public sealed record ApiKeySecret
{
    /// <summary>The secret.</summary>
    [JsonInclude]
    public string Secret { get => field ?? ""; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Secret));
}
