using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The URL of the Svix dashboard of the instance's webhooks.</summary>
public sealed record SvixAppUrl
{
    /// <summary>The URL of the Svix dashboard; it expires after a while.</summary>
    [JsonInclude]
    [JsonPropertyName("svix_url")]
    public string SvixUrl { get => field ?? ""; internal set; }
}
