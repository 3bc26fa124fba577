using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Clerk.Functional.Errors;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Options;

/// <summary>
/// The options of <c>createClerkClient</c>, all twelve, plus the machine secret key and the request time-out.
/// <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed record ClerkClientOptions
{
    /// <summary>The default Backend API root.</summary>
    public const string DefaultApiUrl = "https://api.clerk.com";

    /// <summary>The default API version path segment.</summary>
    public const string DefaultApiVersion = "v1";

    /// <summary>The <c>Clerk-API-Version</c> header this SDK speaks.</summary>
    public const string ClerkApiVersionHeader = "2026-05-12";

    /// <summary>The instance secret key (<c>sk_test_…</c> or <c>sk_live_…</c>). Required for almost every call.</summary>
    public string? SecretKey { get; init; }

    /// <summary>A machine secret key (<c>ak_…</c>) that authorizes the machine-to-machine token endpoints.</summary>
    public string? MachineSecretKey { get; init; }

    /// <summary>The instance's PEM public key, for networkless session-token verification.</summary>
    public string? JwtKey { get; init; }

    /// <summary>The publishable key (<c>pk_test_…</c> or <c>pk_live_…</c>).</summary>
    public string? PublishableKey { get; init; }

    /// <summary>The domain of a satellite application.</summary>
    public string? Domain { get; init; }

    /// <summary>True when the application is a satellite of another domain.</summary>
    public bool IsSatellite { get; init; }

    /// <summary>The URL of a proxy in front of Clerk's Frontend API.</summary>
    public string? ProxyUrl { get; init; }

    /// <summary>Name and version of an SDK built on this one, appended to <c>User-Agent</c>.</summary>
    public SdkMetadata? SdkMetadata { get; init; }

    /// <summary>Telemetry settings.</summary>
    public TelemetryOptions Telemetry { get; init; } = new();

    /// <summary>Replaces the <c>User-Agent</c> header.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The Backend API root, <c>https://api.clerk.com</c> by default.</summary>
    public string ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>The version path segment, <c>v1</c> by default.</summary>
    public string ApiVersion { get; init; } = DefaultApiVersion;

    /// <summary>The audiences a session token must have (<c>aud</c>), when set.</summary>
    public IReadOnlyList<string> Audience { get => field ?? []; init; } = [];

    /// <summary>How long one request may take before it fails with <see cref="ClerkError.Timeout"/>; 30 s by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When requests are retried (429 after <c>Retry-After</c>, 502/503/504, connection failures, time-outs;
    /// GET, PUT and DELETE only unless opted in). <see cref="Transport.RetryPolicy.None"/> turns retries off.</summary>
    public Transport.RetryPolicy Retry { get; init; } = Transport.RetryPolicy.Default;

    /// <summary>Client-side rate limiting, off when null; <see cref="Transport.RateLimitOptions.ForSecretKey"/> gives
    /// Clerk's documented limit for the instance.</summary>
    public Transport.RateLimitOptions? RateLimit { get; init; }

    /// <summary>Checks the options: URLs are absolute http(s), keys have no whitespace or control characters,
    /// the secret key (when set) starts with <c>sk_</c>, the time-out is positive. Errors never quote a key.</summary>
    public Either<ClerkError, ClerkClientOptions> Validate()
    {
        var problems = Problems().ToList();
        return problems.Count == 0
            ? Right<ClerkError, ClerkClientOptions>(this with { ApiUrl = ApiUrl.TrimEnd('/') })
            : Left<ClerkError, ClerkClientOptions>(new ClerkError.Configuration(string.Join(" ", problems)));
    }

    private IEnumerable<string> Problems()
    {
        if (!string.IsNullOrEmpty(SecretKey) && !IsWellFormedKey(SecretKey, "sk_"))
            yield return "The secret key is malformed: it must start with \"sk_\" and contain no whitespace or control characters.";
        if (!string.IsNullOrEmpty(MachineSecretKey) && !IsWellFormedKey(MachineSecretKey, ""))
            yield return "The machine secret key is malformed: it must not contain whitespace or control characters.";
        if (!IsHttpUrl(ApiUrl))
            yield return "apiUrl must be an absolute http or https URL without query or fragment.";
        if (string.IsNullOrWhiteSpace(ApiVersion) || ApiVersion.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.'))
            yield return "apiVersion must be a single path segment such as \"v1\".";
        if (ProxyUrl is { Length: > 0 } proxy && !IsHttpUrl(proxy) && !proxy.StartsWith('/'))
            yield return "proxyUrl must be an absolute http(s) URL or a path starting with \"/\".";
        if (UserAgent is not null && UserAgent.Any(char.IsControl))
            yield return "userAgent must not contain control characters.";
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && (Timeout <= TimeSpan.Zero || Timeout.TotalMilliseconds > int.MaxValue))
            yield return "timeout must be positive and at most 24.8 days, or infinite.";
        if (Retry.Problem().Case is string retryProblem)
            yield return retryProblem;
        if (RateLimit is { } limit && (limit.Requests <= 0 || limit.Window <= TimeSpan.Zero))
            yield return "rateLimit needs a positive number of requests and a positive window.";
        if (Telemetry.SamplingRate is < 0 or > 1 || double.IsNaN(Telemetry.SamplingRate))
            yield return "telemetry.samplingRate must be between 0 and 1.";
    }

    /// <summary>True when a key is non-empty, has the prefix and no whitespace or control characters.</summary>
    /// <param name="key">The key.</param>
    /// <param name="prefix">The required prefix.</param>
    public static bool IsWellFormedKey(string key, string prefix) =>
        key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) &&
        !key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    /// <summary>Options read from <c>CLERK_*</c> environment variables through <paramref name="lookup"/>:
    /// <c>CLERK_SECRET_KEY</c>, <c>CLERK_MACHINE_SECRET_KEY</c>, <c>CLERK_JWT_KEY</c>, <c>CLERK_PUBLISHABLE_KEY</c>,
    /// <c>CLERK_DOMAIN</c>, <c>CLERK_IS_SATELLITE</c>, <c>CLERK_PROXY_URL</c>, <c>CLERK_API_URL</c>, <c>CLERK_API_VERSION</c>,
    /// <c>CLERK_AUDIENCE</c> (comma-separated), <c>CLERK_TELEMETRY_DISABLED</c>, <c>CLERK_TELEMETRY_DEBUG</c>.
    /// Empty variables count as unset.</summary>
    /// <param name="lookup">Reads one variable; <see cref="Environment.GetEnvironmentVariable(string)"/> in production.</param>
    public static ClerkClientOptions FromEnvironment(Func<string, string?> lookup)
    {
        string? Get(string name) => lookup(name) is { Length: > 0 } v ? v.Trim() : null;
        bool Flag(string name) => Get(name) is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));
        return new ClerkClientOptions
        {
            SecretKey = Get("CLERK_SECRET_KEY"),
            MachineSecretKey = Get("CLERK_MACHINE_SECRET_KEY"),
            JwtKey = Get("CLERK_JWT_KEY"),
            PublishableKey = Get("CLERK_PUBLISHABLE_KEY"),
            Domain = Get("CLERK_DOMAIN"),
            IsSatellite = Flag("CLERK_IS_SATELLITE"),
            ProxyUrl = Get("CLERK_PROXY_URL"),
            ApiUrl = Get("CLERK_API_URL") ?? DefaultApiUrl,
            ApiVersion = Get("CLERK_API_VERSION") ?? DefaultApiVersion,
            Audience = (Get("CLERK_AUDIENCE") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Telemetry = new TelemetryOptions { Disabled = Flag("CLERK_TELEMETRY_DISABLED"), Debug = Flag("CLERK_TELEMETRY_DEBUG") },
        };
    }

    /// <summary>Options read from the process environment (see <see cref="FromEnvironment(Func{string, string?})"/>).</summary>
    public static ClerkClientOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"SecretKey = {Redact(SecretKey)}, MachineSecretKey = {Redact(MachineSecretKey)}, ");
        builder.Append($"JwtKey = {(JwtKey is null ? "null" : "(set)")}, PublishableKey = {PublishableKey ?? "null"}, ");
        builder.Append($"Domain = {Domain ?? "null"}, IsSatellite = {IsSatellite}, ProxyUrl = {ProxyUrl ?? "null"}, ");
        builder.Append($"SdkMetadata = {SdkMetadata?.ToString() ?? "null"}, Telemetry = {Telemetry}, UserAgent = {UserAgent ?? "null"}, ");
        builder.Append($"ApiUrl = {ApiUrl}, ApiVersion = {ApiVersion}, Audience = [{string.Join(", ", Audience)}], Timeout = {Timeout}, ");
        builder.Append($"Retry = {Retry}, RateLimit = {RateLimit?.ToString() ?? "null"}");
        return true;
    }

    private static string Redact(string? key) => key is null ? "null" : key.Length == 0 ? "(empty)" : "(redacted)";
}

/// <summary>Identifies an SDK built on this one; reflected in <c>User-Agent</c>.</summary>
/// <param name="Name">The SDK's name.</param>
/// <param name="Version">The SDK's version.</param>
public sealed record SdkMetadata(string Name, string Version);

/// <summary>Telemetry settings of <c>createClerkClient</c>. This SDK sends no telemetry; when it does, these govern it.</summary>
public sealed record TelemetryOptions
{
    /// <summary>Disables telemetry.</summary>
    public bool Disabled { get; init; }

    /// <summary>Logs telemetry events instead of sending them.</summary>
    public bool Debug { get; init; }

    /// <summary>The fraction of events to keep, from 0 to 1.</summary>
    public double SamplingRate { get; init; } = 1;
}
