using System.Collections.Generic;

using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The type of a role set: <c>initial</c> (the default for new organizations; one per instance), <c>custom</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<RoleSetType>))]
public readonly record struct RoleSetType(string Value) : IOpenEnum<RoleSetType>
{
    /// <summary><c>initial</c></summary>
    public static readonly RoleSetType Initial = new("initial");
    /// <summary><c>custom</c></summary>
    public static readonly RoleSetType Custom = new("custom");

    /// <inheritdoc />
    public static RoleSetType From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A role set: a collection of roles that can be assigned to organization members, with the default and creator roles.</summary>
public sealed record RoleSet
{
    /// <summary>The object type: <c>role_set</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The role set's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The role set's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The role set's unique key, e.g. <c>role_set:default</c>.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }

    /// <summary>The role set's description, or null.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>The roles in the role set.</summary>
    [JsonInclude]
    public IReadOnlyList<RoleSetItem> Roles { get => field ?? []; internal set; }

    /// <summary>The role new organization members get, or null.</summary>
    [JsonInclude]
    public RoleSetItem? DefaultRole { get; internal set; }

    /// <summary>The role the creator of an organization gets, or null.</summary>
    [JsonInclude]
    public RoleSetItem? CreatorRole { get; internal set; }

    /// <summary>The role set's type: <c>initial</c> or <c>custom</c>.</summary>
    [JsonInclude]
    public RoleSetType Type { get; internal set; }

    /// <summary>The active migration, present only while it is <c>enqueued</c> or <c>in_progress</c>; otherwise null.</summary>
    [JsonInclude]
    public RoleSetMigration? RoleSetMigration { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>A role within a role set.</summary>
public sealed record RoleSetItem
{
    /// <summary>The object type: <c>role_set_item</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The role's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The role's name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The role's key, e.g. <c>org:admin</c> or <c>org:member</c>.</summary>
    [JsonInclude]
    public string Key { get => field ?? ""; internal set; }

    /// <summary>The role's description, or null.</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>The number of members with this role within the role set, or null.</summary>
    [JsonInclude]
    public long? MembersCount { get; internal set; }

    /// <summary>Whether any member has this role within the role set, or null.</summary>
    [JsonInclude]
    public bool? HasMembers { get; internal set; }

    /// <summary>The time the role was created.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time the role was last updated.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>A migration of organization members from one role set (or role) to another.</summary>
public sealed record RoleSetMigration
{
    /// <summary>The object type: <c>role_set_migration</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The migration's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The organization the migration is scoped to, or null.</summary>
    [JsonInclude]
    public string? OrganizationId { get; internal set; }

    /// <summary>The instance the migration belongs to.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>The role set members are migrated from.</summary>
    [JsonInclude]
    public string SourceRoleSetId { get => field ?? ""; internal set; }

    /// <summary>The role set members are migrated to, or null.</summary>
    [JsonInclude]
    public string? DestRoleSetId { get; internal set; }

    /// <summary>What triggered the migration, e.g. <c>role_set_deletion</c> or <c>role_removal</c>.</summary>
    [JsonInclude]
    public string TriggerType { get => field ?? ""; internal set; }

    /// <summary>The migration's status, e.g. <c>enqueued</c>, <c>in_progress</c> or <c>completed</c>.</summary>
    [JsonInclude]
    public string Status { get => field ?? ""; internal set; }

    /// <summary>The number of members migrated so far.</summary>
    [JsonInclude]
    public long MigratedMembers { get; internal set; }

    /// <summary>The role key mappings from source to destination roles, or null.</summary>
    [JsonInclude]
    public IReadOnlyDictionary<string, string>? Mappings { get; internal set; }

    /// <summary>The time the migration started, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>The time the migration completed, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
