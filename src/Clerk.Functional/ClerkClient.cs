using Clerk.Functional.Api.Users;
using Clerk.Functional.Http;
using Clerk.Functional.Options;

namespace Clerk.Functional;

/// <summary>
/// The functional Clerk client, the counterpart of <c>createClerkClient(options)</c>: every sub-API over one runner.
/// Methods return <c>Aff&lt;Either&lt;ClerkError, T&gt;&gt;</c> effects; nothing is sent until an effect runs.
/// </summary>
public sealed class ClerkClient
{
    private static readonly Lazy<ClerkClient> LazyDefault = new(() => new ClerkClient(ClerkClientOptions.FromEnvironment()));

    /// <summary>Creates a client that sends through the live HTTP runner (the shared pooled <see cref="System.Net.Http.HttpClient"/>
    /// unless one is given). Options are validated per request: a bad option is a <c>Configuration</c> error, never an exception.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="httpClient">An existing client, e.g. from <c>IHttpClientFactory</c>.</param>
    public ClerkClient(ClerkClientOptions options, System.Net.Http.HttpClient? httpClient = null)
        : this(options, new HttpRunner(options, httpClient))
    {
    }

    /// <summary>Creates a client over any runner (a fake, or a decorated live runner).</summary>
    /// <param name="options">The client options.</param>
    /// <param name="runner">The runner that sends requests.</param>
    public ClerkClient(ClerkClientOptions options, IClerkRunner runner)
    {
        Options = options;
        Runner = runner;
        Users = new UsersApi(runner);
    }

    /// <summary>A client configured from the <c>CLERK_*</c> environment variables, built on first use.</summary>
    public static ClerkClient Default => LazyDefault.Value;

    /// <summary>The options the client was built with.</summary>
    public ClerkClientOptions Options { get; }

    /// <summary>The runner every sub-API sends through.</summary>
    public IClerkRunner Runner { get; }

    /// <summary>The <c>users</c> sub-API.</summary>
    public UsersApi Users { get; }
}
