using Clerk.Functional.Options;
using Clerk.Functional.Transport;

namespace Clerk.Samples;

/// <summary>The README's client options: keys, the expected audience of session tokens, and which statuses to retry.</summary>
public static class ClientConfiguration
{
    /// <summary>Options for an API that accepts only session tokens meant for it, and also retries 500s.</summary>
    /// <param name="secretKey">The instance secret key (<c>sk_live_...</c>).</param>
    /// <param name="jwtKey">The instance's PEM public key, for networkless token checks.</param>
    public static ClerkClientOptions ForApi(string secretKey, string jwtKey) => new()
    {
        SecretKey = secretKey,
        JwtKey = jwtKey,
        Audience = ["https://api.example.com"],
        Retry = RetryPolicy.Default with { RetryStatuses = [429, 500, 502, 503, 504] },
    };
}
