namespace Clerk.Functional.Auth;

/// <summary>Which token kinds <c>authenticateRequest</c> accepts (<c>acceptsToken</c>): one kind, <c>any</c>, or a list.</summary>
public sealed record AcceptsToken
{
    private AcceptsToken(string? single, IReadOnlyList<string>? list)
    {
        Single = single;
        List = list;
    }

    /// <summary>The single accepted kind (<c>session_token</c>, <c>api_key</c>, <c>m2m_token</c>, <c>oauth_token</c> or <c>any</c>), or null for a list.</summary>
    public string? Single { get; }

    /// <summary>The accepted kinds when given as a list, else null.</summary>
    public IReadOnlyList<string>? List { get; }

    /// <summary>Session tokens only (the default).</summary>
    public static AcceptsToken SessionToken { get; } = new(Tokens.TokenType.SessionToken, null);

    /// <summary>Any kind.</summary>
    public static AcceptsToken Any { get; } = new("any", null);

    /// <summary>One kind.</summary>
    /// <param name="tokenType">The kind.</param>
    public static AcceptsToken Of(string tokenType) => new(tokenType ?? Tokens.TokenType.SessionToken, null);

    /// <summary>A list of kinds.</summary>
    /// <param name="tokenTypes">The kinds.</param>
    public static AcceptsToken OfList(params string[] tokenTypes) => new(null, (tokenTypes ?? []).ToList());

    /// <summary>Whether a kind is accepted (<c>isTokenTypeAccepted</c>).</summary>
    /// <param name="tokenType">The kind.</param>
    public bool Accepts(string tokenType) =>
        Single == "any" || Single == tokenType || (List?.Contains(tokenType) ?? false);

    /// <summary>The kind or kinds, as written in JS.</summary>
    public override string ToString() => Single ?? $"[{string.Join(", ", List ?? [])}]";
}

/// <summary>Organization sync from URL patterns (<c>organizationSyncOptions</c>).</summary>
public sealed record OrganizationSyncOptions
{
    /// <summary>Patterns (path-to-regexp syntax) with <c>:id</c> or <c>:slug</c> naming the organization to activate.</summary>
    public IReadOnlyList<string> OrganizationPatterns { get; init; } = [];

    /// <summary>Patterns selecting the personal account.</summary>
    public IReadOnlyList<string> PersonalAccountPatterns { get; init; } = [];
}

/// <summary>
/// Options of <c>authenticateRequest</c>. Members left null fall back to the client's options (the SDK merges both levels,
/// the request level winning when set). Secret keys are never printed by <see cref="ToString"/>.
/// </summary>
public sealed record AuthenticateRequestOptions
{
    /// <summary>The instance secret key (falls back to the client's).</summary>
    public string? SecretKey { get; init; }

    /// <summary>The machine secret key for M2M verification (falls back to the client's).</summary>
    public string? MachineSecretKey { get; init; }

    /// <summary>The publishable key (falls back to the client's).</summary>
    public string? PublishableKey { get; init; }

    /// <summary>The PEM public key for networkless verification (falls back to the client's).</summary>
    public string? JwtKey { get; init; }

    /// <summary>The Backend API URL (falls back to the client's).</summary>
    public string? ApiUrl { get; init; }

    /// <summary>The satellite domain.</summary>
    public string? Domain { get; init; }

    /// <summary>Whether this application is a satellite.</summary>
    public bool? IsSatellite { get; init; }

    /// <summary>The Frontend API proxy URL (absolute, or a path resolved against the request's origin).</summary>
    public string? ProxyUrl { get; init; }

    /// <summary>The sign-in URL (required for development satellites).</summary>
    public string? SignInUrl { get; init; }

    /// <summary>The sign-up URL.</summary>
    public string? SignUpUrl { get; init; }

    /// <summary>Whether a satellite syncs on every document request without <c>__clerk_synced</c>.</summary>
    public bool SatelliteAutoSync { get; init; }

    /// <summary>Accepted <c>azp</c> values; empty accepts any.</summary>
    public IReadOnlyList<string> AuthorizedParties { get => field ?? []; init; } = [];

    /// <summary>Accepted audiences; empty skips the check.</summary>
    public IReadOnlyList<string> Audience { get => field ?? []; init; } = [];

    /// <summary>Accepted token kinds; session tokens when null.</summary>
    public AcceptsToken? AcceptsToken { get; init; }

    /// <summary>Organization sync from URL patterns.</summary>
    public OrganizationSyncOptions? OrganizationSyncOptions { get; init; }

    /// <summary>Never the keys.</summary>
    public override string ToString() =>
        $"AuthenticateRequestOptions {{ PublishableKey = {PublishableKey}, Domain = {Domain}, IsSatellite = {IsSatellite}, ProxyUrl = {ProxyUrl}, AcceptsToken = {AcceptsToken} }}";
}
