using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>The kind of Clerk instance a key belongs to.</summary>
public enum InstanceType
{
    /// <summary>A development instance (<c>pk_test_…</c>, <c>sk_test_…</c>).</summary>
    Development,

    /// <summary>A production instance (<c>pk_live_…</c>, <c>sk_live_…</c>).</summary>
    Production,
}

/// <summary>What is wrong with a publishable key.</summary>
public enum PublishableKeyProblem
{
    /// <summary>No key was given (null or empty).</summary>
    Missing,

    /// <summary>The key starts with neither <c>pk_test_</c> nor <c>pk_live_</c>.</summary>
    WrongPrefix,

    /// <summary>The key is not three parts separated by <c>_</c>, or its encoded part is empty.</summary>
    WrongShape,

    /// <summary>The encoded part is not base64.</summary>
    NotBase64,

    /// <summary>The decoded host does not end with a single <c>$</c>, or has no <c>.</c>.</summary>
    BadDecodedFormat,
}

/// <summary>A publishable key that cannot be used: <c>@clerk/backend</c>'s message (as <c>assertValidPublishableKey</c>
/// throws it) and, beyond JS, the precise <see cref="Problem"/>. Never quotes the key.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Message"><c>@clerk/backend</c>'s message: <c>Publishable key is missing.</c> or
/// <c>Publishable key not valid (expected format: pk_test_... or pk_live_...).</c>, each followed by its guidance.</param>
public sealed record PublishableKeyError(PublishableKeyProblem Problem, string Message)
{
    /// <summary>The same error as a <see cref="Errors.ClerkError.Configuration"/>.</summary>
    public Errors.ClerkError ToClerkError() => new Errors.ClerkError.Configuration(Message);
}

/// <summary>
/// A parsed publishable key (<c>parsePublishableKey</c> of <c>@clerk/shared</c>): <c>pk_test_</c> (development) or
/// <c>pk_live_</c> (production) followed by the base64 of the Frontend API host and a <c>$</c>.
/// Publishable keys are public (they are sent to browsers), so <see cref="Key"/> may be printed.
/// </summary>
public sealed partial record PublishableKey
{
    /// <summary>Prefix of production keys.</summary>
    public const string LivePrefix = "pk_live_";

    /// <summary>Prefix of development keys.</summary>
    public const string TestPrefix = "pk_test_";

    /// <summary>The guidance <c>@clerk/backend</c> 3.25.0 appends to its publishable-key errors.</summary>
    public const string Guidance =
        "\n\nTo create a new Clerk app, run:\nnpx clerk@latest init\n\n'npx clerk@latest init' does not need a Clerk account and writes temporary dev keys." +
        "\n\nTo use an existing Clerk app, run:\nnpx clerk@latest link\nnpx clerk@latest env pull" +
        "\n\nFor production keys, run:\nnpx clerk@latest env pull --instance prod" +
        "\n\nOr copy keys from https://dashboard.clerk.com/~/api-keys into your .env file.";

    /// <summary>The message for a missing key.</summary>
    public const string MissingMessage = "Publishable key is missing." + Guidance;

    /// <summary>The message for a malformed key.</summary>
    public const string InvalidMessage = "Publishable key not valid (expected format: pk_test_... or pk_live_...)." + Guidance;

    private PublishableKey(string key, InstanceType instanceType, string frontendApi)
    {
        Key = key;
        InstanceType = instanceType;
        FrontendApi = frontendApi;
    }

    /// <summary>The key exactly as given.</summary>
    public string Key { get; }

    /// <summary><see cref="Auth.InstanceType.Production"/> for <c>pk_live_</c>, else development.</summary>
    public InstanceType InstanceType { get; }

    /// <summary>The Frontend API host decoded from the key, without the trailing <c>$</c> (e.g. <c>clerk.example.com</c>).</summary>
    public string FrontendApi { get; }

    /// <summary>True for a development instance.</summary>
    public bool IsDevelopment => InstanceType == InstanceType.Development;

    /// <summary>True for a production instance.</summary>
    public bool IsProduction => InstanceType == InstanceType.Production;

    /// <summary><c>development</c> or <c>production</c>, as <c>@clerk/backend</c> names the instance type.</summary>
    public string InstanceTypeName => IsProduction ? "production" : "development";

    /// <summary>The cookie suffix of this key (<see cref="CookieSuffixOf"/>).</summary>
    public string CookieSuffix => CookieSuffixOf(Key);

    /// <summary><c>name_suffix</c>: the name of a suffixed cookie (<c>__session_…</c>, <c>__client_uat_…</c>) for this key.</summary>
    /// <param name="cookieName">The cookie name without suffix.</param>
    public string SuffixedCookieName(string cookieName) => $"{cookieName}_{CookieSuffix}";

    /// <summary>The Frontend API the request flow talks to: <paramref name="proxyUrl"/> when set, else
    /// <c>clerk.&lt;domain&gt;</c> for a production satellite, else <see cref="FrontendApi"/> (as
    /// <c>parsePublishableKey</c> with its <c>proxyUrl</c>, <c>domain</c> and <c>isSatellite</c> options).</summary>
    /// <param name="proxyUrl">The proxy URL option.</param>
    /// <param name="domain">The satellite domain option.</param>
    /// <param name="isSatellite">The satellite option.</param>
    public string FrontendApiFor(string? proxyUrl, string? domain, bool isSatellite) =>
        !string.IsNullOrEmpty(proxyUrl) ? proxyUrl
        : IsProduction && !string.IsNullOrEmpty(domain) && isSatellite ? $"clerk.{domain}"
        : FrontendApi;

    /// <summary>The Account Portal of this instance (<c>createRedirect</c>'s <c>accountsBaseUrl</c>): <c>https://</c> and the
    /// Frontend API with <c>clerk.accountsstage.</c> → <c>accountsstage.</c>, then the first <c>clerk.accounts.</c> or
    /// <c>clerk.</c> → <c>accounts.</c>.</summary>
    public string AccountsBaseUrl =>
        "https://" + ClerkAccounts().Replace(ClerkAccountsStage().Replace(FrontendApi, "accountsstage.", 1), "accounts.", 1);

    /// <summary>
    /// Parses a publishable key like <c>assertValidPublishableKey</c>: the prefix, exactly three <c>_</c>-separated parts,
    /// a non-empty part that decodes as base64 (<c>atob</c>'s forgiving rules: padding optional, ASCII whitespace ignored)
    /// to Latin-1 text that ends with a single <c>$</c> and contains a <c>.</c>. Never throws.
    /// </summary>
    /// <param name="key">The key.</param>
    public static Either<PublishableKeyError, PublishableKey> Parse(string? key)
    {
        if (string.IsNullOrEmpty(key)) return Left<PublishableKeyError, PublishableKey>(new PublishableKeyError(PublishableKeyProblem.Missing, MissingMessage));
        if (Check(key) is { } problem) return Left<PublishableKeyError, PublishableKey>(new PublishableKeyError(problem, InvalidMessage));
        var decoded = ForgivingBase64Latin1(key.Split('_')[2])!;
        var instanceType = key.StartsWith(LivePrefix, StringComparison.Ordinal) ? InstanceType.Production : InstanceType.Development;
        return new PublishableKey(key, instanceType, decoded[..^1]);
    }

    /// <summary><c>isPublishableKey</c>: true when <see cref="Parse"/> accepts the key.</summary>
    /// <param name="key">The key.</param>
    public static bool IsPublishableKey(string? key) => !string.IsNullOrEmpty(key) && Check(key) is null;

    /// <summary><c>getCookieSuffix</c>: the first 8 characters of the URL-safe base64 of SHA-1 of the key's UTF-8 bytes.</summary>
    /// <param name="publishableKey">The key, as given to the SDK.</param>
    public static string CookieSuffixOf(string publishableKey) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(publishableKey))).Replace('+', '-').Replace('/', '_')[..8];

    /// <summary>Never more than the key (which is public), the instance type and the host.</summary>
    public override string ToString() => $"PublishableKey {{ InstanceType = {InstanceType}, FrontendApi = {FrontendApi} }}";

    private static PublishableKeyProblem? Check(string key)
    {
        if (!key.StartsWith(LivePrefix, StringComparison.Ordinal) && !key.StartsWith(TestPrefix, StringComparison.Ordinal))
            return PublishableKeyProblem.WrongPrefix;
        var parts = key.Split('_');
        if (parts.Length != 3 || parts[2].Length == 0) return PublishableKeyProblem.WrongShape;
        if (ForgivingBase64Latin1(parts[2]) is not { } decoded) return PublishableKeyProblem.NotBase64;
        return IsValidDecoded(decoded) ? null : PublishableKeyProblem.BadDecodedFormat;
    }

    // isValidDecodedPublishableKey: ends with '$', no other '$', and a '.' somewhere.
    private static bool IsValidDecoded(string decoded) =>
        decoded.EndsWith('$') && !decoded[..^1].Contains('$') && decoded[..^1].Contains('.');

    /// <summary>WHATWG forgiving-base64 decode (what <c>atob</c> does), as a Latin-1 "binary string"; null on failure.</summary>
    internal static string? ForgivingBase64Latin1(string data)
    {
        var chars = new StringBuilder(data.Length);
        foreach (var c in data)
            if (c is not ('\t' or '\n' or '\f' or '\r' or ' ')) chars.Append(c);
        var text = chars.ToString();
        if (text.Length % 4 == 0)
        {
            if (text.EndsWith("==", StringComparison.Ordinal)) text = text[..^2];
            else if (text.EndsWith('=')) text = text[..^1];
        }
        if (text.Length % 4 == 1) return null;
        var output = new StringBuilder(text.Length * 3 / 4);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (value < 0) return null;
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output.Append((char)((buffer >> bits) & 0xFF));
                buffer &= (1 << bits) - 1;
            }
        }
        return output.ToString();
    }

    [GeneratedRegex(@"clerk\.accountsstage\.")]
    private static partial Regex ClerkAccountsStage();

    [GeneratedRegex(@"clerk\.accounts\.|clerk\.")]
    private static partial Regex ClerkAccounts();
}

/// <summary>Instance-type checks on Clerk keys (<c>@clerk/shared/keys</c>).</summary>
public static class ClerkKeys
{
    /// <summary><c>isDevelopmentFromSecretKey</c>: <c>sk_test_…</c> or the legacy <c>test_…</c>.</summary>
    /// <param name="secretKey">The secret key.</param>
    public static bool IsDevelopmentFromSecretKey(string? secretKey) =>
        secretKey is not null && (secretKey.StartsWith("test_", StringComparison.Ordinal) || secretKey.StartsWith("sk_test_", StringComparison.Ordinal));

    /// <summary><c>isProductionFromSecretKey</c>: <c>sk_live_…</c> or the legacy <c>live_…</c>.</summary>
    /// <param name="secretKey">The secret key.</param>
    public static bool IsProductionFromSecretKey(string? secretKey) =>
        secretKey is not null && (secretKey.StartsWith("live_", StringComparison.Ordinal) || secretKey.StartsWith("sk_live_", StringComparison.Ordinal));

    /// <summary><c>isDevelopmentFromPublishableKey</c>: <c>pk_test_…</c> or the legacy <c>test_…</c> (prefix only, no parsing).</summary>
    /// <param name="publishableKey">The publishable key.</param>
    public static bool IsDevelopmentFromPublishableKey(string? publishableKey) =>
        publishableKey is not null && (publishableKey.StartsWith("test_", StringComparison.Ordinal) || publishableKey.StartsWith(PublishableKey.TestPrefix, StringComparison.Ordinal));

    /// <summary><c>isProductionFromPublishableKey</c>: <c>pk_live_…</c> or the legacy <c>live_…</c> (prefix only, no parsing).</summary>
    /// <param name="publishableKey">The publishable key.</param>
    public static bool IsProductionFromPublishableKey(string? publishableKey) =>
        publishableKey is not null && (publishableKey.StartsWith("live_", StringComparison.Ordinal) || publishableKey.StartsWith(PublishableKey.LivePrefix, StringComparison.Ordinal));

    /// <summary>The host suffixes of Clerk's development and staging Frontend APIs (<c>DEV_OR_STAGING_SUFFIXES</c>).</summary>
    public static readonly IReadOnlyList<string> DevOrStagingSuffixes =
        [".lcl.dev", ".stg.dev", ".lclstage.dev", ".stgstage.dev", ".dev.lclclerk.com", ".stg.lclclerk.com", ".accounts.lclclerk.com", "accountsstage.dev", "accounts.dev"];

    /// <summary><c>isDevOrStagingUrl</c>: the host ends with one of <see cref="DevOrStagingSuffixes"/>.</summary>
    /// <param name="host">A host name.</param>
    public static bool IsDevOrStagingHost(string? host) =>
        !string.IsNullOrEmpty(host) && DevOrStagingSuffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal));
}
