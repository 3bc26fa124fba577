using System.Text.Json;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A machine-to-machine token (<c>machine_to_machine_token</c>): from <c>POST /m2m_tokens/verify</c>, the
/// M2M endpoints, or built from a verified M2M JWT.</summary>
public sealed record M2MToken
{
    /// <summary>The token id (<c>mt_…</c>; a JWT's <c>jti</c>, or empty).</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The machine the token was issued to (<c>mch_…</c>).</summary>
    public string Subject { get => field ?? ""; init; }

    /// <summary>The machines the token may call.</summary>
    public IReadOnlyList<string> Scopes { get => field ?? []; init; }

    /// <summary>Custom claims, or null.</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>True when revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>True when expired.</summary>
    public bool Expired { get; init; }

    /// <summary>Expiry (epoch milliseconds), or null for none.</summary>
    public long? Expiration { get; init; }

    /// <summary>Creation time (epoch milliseconds).</summary>
    public long CreatedAt { get; init; }

    /// <summary>Last update (epoch milliseconds).</summary>
    public long UpdatedAt { get; init; }

    /// <summary>The token itself; only in the answer to its creation.</summary>
    public string? Token { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token));
}

/// <summary>An API key (<c>api_key</c>): from <c>POST /api_keys/verify</c> or the API-key endpoints.</summary>
public sealed record ApiKey
{
    /// <summary>The key id (<c>ak_…</c>).</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The key type, <c>api_key</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The key's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The user or organization the key acts for.</summary>
    public string Subject { get => field ?? ""; init; }

    /// <summary>The key's scopes.</summary>
    public IReadOnlyList<string> Scopes { get => field ?? []; init; }

    /// <summary>Custom claims, or null.</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>True when revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>True when expired.</summary>
    public bool Expired { get; init; }

    /// <summary>Expiry (epoch milliseconds), or null for none.</summary>
    public long? Expiration { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Last use (epoch milliseconds).</summary>
    public long? LastUsedAt { get; init; }

    /// <summary>Creation time (epoch milliseconds).</summary>
    public long CreatedAt { get; init; }

    /// <summary>Last update (epoch milliseconds).</summary>
    public long UpdatedAt { get; init; }

    /// <summary>The secret; only in the answer to its creation.</summary>
    public string? Secret { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Secret));
}

/// <summary>An OAuth access token issued by Clerk as identity provider (<c>clerk_idp_oauth_access_token</c>).</summary>
public sealed record IdPOAuthAccessToken
{
    /// <summary>The token id (<c>oat_…</c>; a JWT's <c>jti</c>, or empty).</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The OAuth application's client id.</summary>
    public string ClientId { get => field ?? ""; init; }

    /// <summary>The token type, <c>oauth_token</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The user the token acts for.</summary>
    public string Subject { get => field ?? ""; init; }

    /// <summary>The granted scopes.</summary>
    public IReadOnlyList<string> Scopes { get => field ?? []; init; }

    /// <summary>True when revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>True when expired.</summary>
    public bool Expired { get; init; }

    /// <summary>Expiry (epoch milliseconds), or null for none.</summary>
    public long? Expiration { get; init; }

    /// <summary>Creation time (epoch milliseconds).</summary>
    public long CreatedAt { get; init; }

    /// <summary>Last update (epoch milliseconds).</summary>
    public long UpdatedAt { get; init; }

    /// <summary>The audience (<c>aud</c>), a string or a list, when the token has one.</summary>
    public JsonElement? Aud { get; init; }
}

/// <summary>The answer of <c>GET /api_keys/{api_key_id}/secret</c>.</summary>
public sealed record ApiKeySecret
{
    /// <summary>The secret.</summary>
    public string Secret { get => field ?? ""; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Secret));
}
