using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A domain of the instance: its primary domain or a satellite.</summary>
public sealed record Domain
{
    /// <summary>The object type: <c>domain</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The id.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The name.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>The is satellite.</summary>
    [JsonInclude]
    public bool IsSatellite { get; internal set; }

    /// <summary>The frontend api url.</summary>
    [JsonInclude]
    public string FrontendApiUrl { get => field ?? ""; internal set; }

    /// <summary>Null for satellite domains.</summary>
    [JsonInclude]
    public string? AccountsPortalUrl { get; internal set; }

    /// <summary>The proxy url.</summary>
    [JsonInclude]
    public string? ProxyUrl { get; internal set; }

    /// <summary>The development origin.</summary>
    [JsonInclude]
    public string DevelopmentOrigin { get => field ?? ""; internal set; }

    /// <summary>The cname targets.</summary>
    [JsonInclude]
    public IReadOnlyList<CnameTarget> CnameTargets { get => field ?? []; internal set; }
}

/// <summary>A DNS CNAME record a production domain needs.</summary>
public sealed record CnameTarget
{
    /// <summary>The host.</summary>
    [JsonInclude]
    public string Host { get => field ?? ""; internal set; }

    /// <summary>The value.</summary>
    [JsonInclude]
    public string Value { get => field ?? ""; internal set; }

    /// <summary>Denotes whether this CNAME target is required to be set in order for the domain to be considered deployed.</summary>
    [JsonInclude]
    public bool Required { get; internal set; }
}
