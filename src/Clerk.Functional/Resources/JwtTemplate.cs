using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A JWT template: the claims, lifetime and signing of the tokens Clerk mints from it.</summary>
public sealed record JwtTemplate
{
    /// <summary>The object type: <c>jwt_template</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The id.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The claims.</summary>
    [JsonInclude]
    public JsonElement? Claims { get; internal set; }

    /// <summary>The lifetime.</summary>
    [JsonInclude]
    public long Lifetime { get; internal set; }

    /// <summary>The allowed clock skew.</summary>
    [JsonInclude]
    public long AllowedClockSkew { get; internal set; }

    /// <summary>The custom signing key.</summary>
    [JsonInclude]
    public bool CustomSigningKey { get; internal set; }

    /// <summary>The signing algorithm.</summary>
    [JsonInclude]
    public string SigningAlgorithm { get => field ?? ""; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}
