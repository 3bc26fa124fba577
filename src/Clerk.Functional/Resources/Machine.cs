using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A machine: a service that authenticates to other machines with M2M tokens.</summary>
public sealed record Machine
{
    /// <summary>The object type: <c>machine</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Unique identifier for the machine.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The name of the machine.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The ID of the instance this machine belongs to.</summary>
    [JsonInclude]
    public string InstanceId { get => field ?? ""; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>The default time-to-live (TTL) in seconds for tokens created by this machine.</summary>
    [JsonInclude]
    public long? DefaultTokenTtl { get; internal set; }

    /// <summary>Array of machines this machine has access to.</summary>
    [JsonInclude]
    public IReadOnlyList<Machine> ScopedMachines { get => field ?? []; internal set; }

    /// <summary>The machine's secret key, sent only when the machine is created. Never printed.</summary>
    [JsonInclude]
    public string? SecretKey { get; internal set; }

    // The secret key stays out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(SecretKey));
}

/// <summary>Access of one machine to another.</summary>
public sealed record MachineScope
{
    /// <summary>The object type: <c>machine_scope</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The ID of the machine that has access to the target machine.</summary>
    [JsonInclude]
    public string FromMachineId { get => field ?? ""; internal set; }

    /// <summary>The ID of the machine that is being accessed.</summary>
    [JsonInclude]
    public string ToMachineId { get => field ?? ""; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>True in the answer of <c>machines.deleteScope</c>: the access was removed.</summary>
    [JsonInclude]
    public bool Deleted { get; internal set; }
}

/// <summary>The secret key of a machine: the bearer credential of its M2M calls.</summary>
public sealed record MachineSecretKey
{
    /// <summary>The object type: <c>machine_secret_key</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The secret key (<c>ak_...</c>). Never printed.</summary>
    [JsonInclude]
    public string Secret { get => field ?? ""; internal set; }

    // The secret stays out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Secret));
}
