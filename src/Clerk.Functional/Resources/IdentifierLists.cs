using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The kind of an allow-list or block-list identifier: <c>email_address</c>, <c>phone_number</c>,
/// <c>web3_wallet</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<IdentifierType>))]
public readonly record struct IdentifierType(string Value) : IOpenEnum<IdentifierType>
{
    /// <summary><c>email_address</c></summary>
    public static readonly IdentifierType EmailAddress = new("email_address");
    /// <summary><c>phone_number</c></summary>
    public static readonly IdentifierType PhoneNumber = new("phone_number");
    /// <summary><c>web3_wallet</c></summary>
    public static readonly IdentifierType Web3Wallet = new("web3_wallet");

    /// <inheritdoc />
    public static IdentifierType From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>An identifier on the instance's allow-list: only listed identifiers may sign up (<c>allowlist_identifier</c>).</summary>
public sealed record AllowlistIdentifier
{
    /// <summary>The identifier's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>allowlist_identifier</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The email address, phone number or Web3 wallet.</summary>
    [JsonInclude]
    public string Identifier { get => field ?? ""; internal set; }

    /// <summary>What kind of identifier it is.</summary>
    [JsonInclude]
    public IdentifierType? IdentifierType { get; internal set; }

    /// <summary>The instance's ID.</summary>
    [JsonInclude]
    public string? InstanceId { get; internal set; }

    /// <summary>The invitation sent when the identifier was added with <c>notify</c>.</summary>
    [JsonInclude]
    public string? InvitationId { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When it was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>An identifier on the instance's block-list: it may not sign up or sign in (<c>blocklist_identifier</c>).</summary>
public sealed record BlocklistIdentifier
{
    /// <summary>The identifier's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The object type: <c>blocklist_identifier</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The email address, email domain, phone number or Web3 wallet.</summary>
    [JsonInclude]
    public string Identifier { get => field ?? ""; internal set; }

    /// <summary>What kind of identifier it is.</summary>
    [JsonInclude]
    public IdentifierType? IdentifierType { get; internal set; }

    /// <summary>The instance's ID.</summary>
    [JsonInclude]
    public string? InstanceId { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When it was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
