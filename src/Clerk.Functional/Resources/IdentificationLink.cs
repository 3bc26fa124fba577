using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>A link from an identification to another one that verified it (e.g. an OAuth account).</summary>
public sealed record IdentificationLink
{
    /// <summary>The kind of the linked identification, e.g. <c>oauth_google</c>.</summary>
    [JsonInclude]
    public string Type { get => field ?? ""; internal set; }

    /// <summary>The ID of the linked identification.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }
}
