using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The status of a sign-in or actor token: <c>pending</c>, <c>accepted</c>, <c>revoked</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<TokenStatus>))]
public readonly record struct TokenStatus(string Value) : IOpenEnum<TokenStatus>
{
    /// <summary><c>pending</c></summary>
    public static readonly TokenStatus Pending = new("pending");
    /// <summary><c>accepted</c></summary>
    public static readonly TokenStatus Accepted = new("accepted");
    /// <summary><c>revoked</c></summary>
    public static readonly TokenStatus Revoked = new("revoked");

    /// <inheritdoc />
    public static TokenStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A sign-in token: a one-time link that signs a user in (<c>sign_in_token</c>). <see cref="Token"/> is a secret.</summary>
public sealed record SignInToken
{
    /// <summary>The token's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>sign_in_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The user it signs in.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The token itself (sent only when it is created).</summary>
    [JsonInclude]
    public string? Token { get; internal set; }

    /// <summary>Pending, accepted or revoked.</summary>
    [JsonInclude]
    public TokenStatus? Status { get; internal set; }

    /// <summary>The sign-in URL carrying the token.</summary>
    [JsonInclude]
    public string? Url { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When it was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token), nameof(Url));
}

/// <summary>An actor token: lets an actor (an admin) sign in as a user, to impersonate them (<c>actor_token</c>).
/// <see cref="Token"/> is a secret.</summary>
public sealed record ActorToken
{
    /// <summary>The token's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>actor_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The user to act as.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }

    /// <summary>The actor (<c>sub</c> and any other members), as sent.</summary>
    [JsonInclude]
    public JsonElement? Actor { get; internal set; }

    /// <summary>The token itself (sent only when it is created).</summary>
    [JsonInclude]
    public string? Token { get; internal set; }

    /// <summary>Pending, accepted or revoked.</summary>
    [JsonInclude]
    public TokenStatus? Status { get; internal set; }

    /// <summary>The sign-in URL carrying the token.</summary>
    [JsonInclude]
    public string? Url { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When it was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token), nameof(Url));
}

/// <summary>A testing token, for end-to-end tests that bypass bot protection (<c>testing_token</c>). <see cref="Token"/> is a secret.</summary>
public sealed record TestingToken
{
    /// <summary>The object type: <c>testing_token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The token.</summary>
    [JsonInclude]
    public string Token { get => field ?? ""; internal set; }

    /// <summary>When it expires.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset ExpiresAt { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Token));
}

/// <summary>A redirect URL the instance accepts after OAuth or a magic link, e.g. a native app's scheme (<c>redirect_url</c>).</summary>
public sealed record RedirectUrl
{
    /// <summary>The redirect URL's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>redirect_url</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The URL.</summary>
    [JsonInclude]
    public string Url { get => field ?? ""; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When it was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
