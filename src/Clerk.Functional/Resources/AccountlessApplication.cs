using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A keyless development application that a developer can claim later (<c>accountless_application</c>).
/// <see cref="SecretKey"/> is a secret and never printed.</summary>
public sealed record AccountlessApplication
{
    /// <summary>The application's publishable key.</summary>
    [JsonInclude]
    public string PublishableKey { get => field ?? ""; internal set; }

    /// <summary>The application's secret key.</summary>
    [JsonInclude]
    public string SecretKey { get => field ?? ""; internal set; }

    /// <summary>Where the developer claims the application.</summary>
    [JsonInclude]
    public string ClaimUrl { get => field ?? ""; internal set; }

    /// <summary>Where the developer manages the application's API keys.</summary>
    [JsonInclude]
    public string ApiKeysUrl { get => field ?? ""; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(SecretKey));
}
