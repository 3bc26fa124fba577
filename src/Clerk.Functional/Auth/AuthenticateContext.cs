using System.Threading.Tasks;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Tokens;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>
/// The per-request view of options, headers, cookies and URL (<c>AuthenticateContext</c> of <c>@clerk/backend</c>):
/// merged options, the token in the <c>Authorization</c> header, the suffixed-or-unsuffixed cookies, the handshake values.
/// </summary>
internal sealed class AuthenticateContext
{
    private readonly ClerkApi _client;
    private readonly IncomingRequest _request;
    private readonly TimeProvider _time;
    private readonly string _cookieSuffix = "";
    private string _originalFrontendApi { get; init; } = "";

    private AuthenticateContext(ClerkApi client, IncomingRequest request, TimeProvider time, RequestUrl clerkUrl, AcceptsToken accepts, string? cookieSuffix)
    {
        _client = client;
        _request = request;
        _time = time;
        ClerkUrl = clerkUrl;
        AcceptsToken = accepts;
        _cookieSuffix = cookieSuffix ?? "";
    }

    public AcceptsToken AcceptsToken { get; }
    public RequestUrl ClerkUrl { get; }
    public string Method => _request.Method;
    public string? SecretKey { get; private init; }
    public string? MachineSecretKey { get; private init; }
    public string? JwtKey { get; private init; }
    public string? PublishableKey { get; private init; }
    public string? ProxyUrl { get; private init; }
    public string? Domain { get; private init; }
    public bool IsSatellite { get; private init; }
    public string? SignInUrl { get; private init; }
    public string? SignUpUrl { get; private init; }
    public bool SatelliteAutoSync { get; private init; }
    public IReadOnlyList<string> AuthorizedParties { get; private init; } = [];
    public IReadOnlyList<string> Audience { get; private init; } = [];
    public string FrontendApi { get; private init; } = "";
    public bool IsDevelopment { get; private init; }
    public OrganizationMatcher? OrganizationMatcher { get; private init; }

    public string? TokenInHeader { get; private init; }
    public string? SecFetchDest => Header("sec-fetch-dest");
    public string? Accept => Header("accept");
    public string? Referrer => Header("referer");
    public string? Origin => Header("origin");

    public string? SessionTokenInCookie { get; private set; }
    public string? RefreshTokenInCookie { get; private set; }
    public double ClientUat { get; private set; }
    public string? DevBrowserToken { get; private set; }
    public string? HandshakeToken { get; private set; }
    public string? HandshakeNonce { get; private set; }
    public double RedirectLoopCounter { get; private set; }

    public string? SessionToken => !string.IsNullOrEmpty(SessionTokenInCookie) ? SessionTokenInCookie : TokenInHeader;

    public RequestStateEcho Echo => new(PublishableKey ?? "", ProxyUrl ?? "", Domain ?? "", IsSatellite, SignInUrl ?? "", SignUpUrl ?? "");

    private string? Header(string name) => _request.Header(name) is { Length: > 0 } v ? v : null;

    private string? Cookie(string name) => _request.Cookie(name) is { Length: > 0 } v ? v : null;

    private string? SuffixedCookie(string name) => Cookie($"{name}_{_cookieSuffix}");

    private string? SuffixedOrUnsuffixedCookie(string name) => UsesSuffixedCookies() ? SuffixedCookie(name) : Cookie(name);

    private static string? Truthy(string? a, string? b) => !string.IsNullOrEmpty(a) ? a : !string.IsNullOrEmpty(b) ? b : null;

    public static Either<AuthenticateRequestError, AuthenticateContext> Create(ClerkApi client, IncomingRequest request, AuthenticateRequestOptions o, TimeProvider time)
    {
        var c = client.Options;
        var accepts = o.AcceptsToken ?? AcceptsToken.SessionToken;
        var clerkUrl = DeriveUrl(request);
        var publishableKey = Truthy(o.PublishableKey, c.PublishableKey);
        var proxyUrl = Truthy(o.ProxyUrl, c.ProxyUrl);
        var domain = Truthy(o.Domain, c.Domain);
        var isSatellite = o.IsSatellite ?? c.IsSatellite;
        if (proxyUrl?.StartsWith('/') == true) proxyUrl = clerkUrl.Origin + proxyUrl;
        var headerOnly = accepts.Single is TokenType.M2MToken or TokenType.ApiKey;

        PublishableKey? pk = null;
        if (!headerOnly)
        {
            var parsed = Auth.PublishableKey.Parse(publishableKey);
            if (parsed.Case is PublishableKeyError pkError) return new AuthenticateRequestError(pkError.Message);
            pk = (PublishableKey)parsed.Case!;
        }

        var matcher = OrganizationMatcher.Create(o.OrganizationSyncOptions);
        var context = new AuthenticateContext(client, request, time, clerkUrl, accepts, publishableKey is null ? "" : Auth.PublishableKey.CookieSuffixOf(publishableKey))
        {
            SecretKey = Truthy(o.SecretKey, c.SecretKey),
            MachineSecretKey = Truthy(o.MachineSecretKey, c.MachineSecretKey),
            JwtKey = Truthy(o.JwtKey, c.JwtKey),
            PublishableKey = publishableKey,
            ProxyUrl = proxyUrl,
            Domain = domain,
            IsSatellite = isSatellite,
            SignInUrl = o.SignInUrl is { Length: > 0 } ? o.SignInUrl : null,
            SignUpUrl = o.SignUpUrl is { Length: > 0 } ? o.SignUpUrl : null,
            SatelliteAutoSync = o.SatelliteAutoSync,
            AuthorizedParties = o.AuthorizedParties,
            Audience = o.Audience.Count > 0 ? o.Audience : c.Audience,
            FrontendApi = pk?.FrontendApiFor(proxyUrl, domain, isSatellite) ?? "",
            IsDevelopment = pk?.IsDevelopment ?? false,
            TokenInHeader = ParseAuthorization(request.Header("authorization")),
            OrganizationMatcher = matcher.Matcher,
            _originalFrontendApi = pk?.FrontendApiFor(null, domain, isSatellite) ?? "",
        };
        if (!headerOnly)
        {
            context.SessionTokenInCookie = context.SuffixedOrUnsuffixedCookie("__session");
            context.RefreshTokenInCookie = context.SuffixedCookie("__refresh");
            context.ClientUat = JsParseInt(context.SuffixedOrUnsuffixedCookie("__client_uat"));
            context.DevBrowserToken = Truthy(clerkUrl.Get("__clerk_db_jwt"), context.SuffixedOrUnsuffixedCookie("__clerk_db_jwt"));
            context.HandshakeToken = Truthy(clerkUrl.Get("__clerk_handshake"), context.Cookie("__clerk_handshake"));
            context.RedirectLoopCounter = JsNumber(context.Cookie("__clerk_redirect_count"));
            context.HandshakeNonce = Truthy(clerkUrl.Get("__clerk_handshake_nonce"), context.Cookie("__clerk_handshake_nonce"));
        }

        if (accepts.Single != TokenType.M2MToken)
        {
            if (string.IsNullOrEmpty(context.SecretKey)) return new AuthenticateRequestError(RequestAuthenticator.MissingSecretKeyMessage);
            if (context.IsSatellite)
            {
                if (context.SignInUrl is null && ClerkKeys.IsDevelopmentFromSecretKey(context.SecretKey))
                    return new AuthenticateRequestError("Missing signInUrl. Pass a signInUrl for dev instances if an app is satellite");
                if (context.SignInUrl is not null && context.Origin is { } origin)
                {
                    if (RequestUrl.Parse(context.SignInUrl) is not { } signIn) return new AuthenticateRequestError("The signInUrl needs to have a absolute url format.");
                    if (signIn.Origin == origin) return new AuthenticateRequestError("The signInUrl needs to be on a different origin than your satellite application.");
                }
                if (string.IsNullOrEmpty(context.ProxyUrl) && string.IsNullOrEmpty(context.Domain))
                    return new AuthenticateRequestError("Missing domain and proxyUrl. A satellite application needs to specify a domain or a proxyUrl");
            }
        }
        else if (string.IsNullOrEmpty(context.SecretKey) && string.IsNullOrEmpty(context.MachineSecretKey))
        {
            return new AuthenticateRequestError("Machine token authentication requires either a Machine secret key or a Clerk secret key. Ensure a Clerk secret key or Machine secret key is set.");
        }
        if (matcher.Error is { } matcherError) return matcherError;
        return context;
    }

    // createClerkRequest's clerkUrl: the first x-forwarded-host (else host) and x-forwarded-proto (else the URL's scheme).
    private static RequestUrl DeriveUrl(IncomingRequest request)
    {
        var initial = RequestUrl.Parse(request.Url.AbsoluteUri)!;
        var forwardedHost = request.Header("x-forwarded-host")?.Split(',')[0];
        var host = forwardedHost ?? request.Header("host");
        var proto = request.Header("x-forwarded-proto")?.Split(',')[0] ?? request.Url.Scheme;
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(proto)) return initial;
        var origin = $"{proto}://{host}";
        if (origin == initial.Origin) return initial;
        return RequestUrl.Parse(origin + initial.Href[initial.Origin.Length..]) ?? initial;
    }

    private static string? ParseAuthorization(string? header)
    {
        if (string.IsNullOrEmpty(header)) return null;
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? header : header[..space];
        var rest = space < 0 ? "" : header[(space + 1)..];
        var token = rest.Split(' ')[0];
        if (token.Length == 0) return scheme.Length > 0 ? scheme : null;
        return scheme == "Bearer" ? token : null;
    }

    private static double JsParseInt(string? value)
    {
        if (value is null) return 0;
        var s = value.TrimStart();
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == start) return 0;
        return double.TryParse(s[..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static double JsNumber(string? value) =>
        value is not null && double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && !double.IsNaN(n) ? n : 0;

    private static JsonElement? Payload(string? token) => Jwt.Decode(token).Case is DecodedJwt jwt ? jwt.Payload : null;

    private static double NumberClaim(JsonElement? payload, string name) =>
        payload is { } p && Jwt.Member(p, name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : 0;

    public bool UsesSuffixedCookies()
    {
        var suffixedClientUat = SuffixedCookie("__client_uat");
        var clientUat = Cookie("__client_uat");
        var suffixedSession = SuffixedCookie("__session") ?? "";
        var session = Cookie("__session") ?? "";
        if (session.Length > 0 && !TokenHasIssuer(session)) return false;
        if (session.Length > 0 && !TokenBelongsToInstance(session)) return true;
        if (suffixedClientUat is null && suffixedSession.Length == 0) return false;
        var sessionPayload = Payload(session);
        var suffixedPayload = Payload(suffixedSession);
        var sessionIat = NumberClaim(sessionPayload, "iat");
        var suffixedIat = NumberClaim(suffixedPayload, "iat");
        if (suffixedClientUat != "0" && clientUat != "0" && sessionIat > suffixedIat) return false;
        if (suffixedClientUat == "0" && clientUat != "0") return false;
        if (IsDevelopment)
        {
            var expired = suffixedPayload is not null && NumberClaim(suffixedPayload, "exp") <= Math.Floor(_time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0);
            if (suffixedClientUat != "0" && clientUat == "0" && expired) return false;
        }
        if (suffixedClientUat is null && suffixedSession.Length > 0) return false;
        return true;
    }

    private static bool TokenHasIssuer(string token) =>
        Payload(token) is { } p && Jwt.Member(p, "iss") is { } iss && iss.ValueKind switch
        {
            JsonValueKind.String => iss.GetString()!.Length > 0,
            JsonValueKind.Number => iss.GetDouble() != 0,
            JsonValueKind.True or JsonValueKind.Object or JsonValueKind.Array => true,
            _ => false,
        };

    private bool TokenBelongsToInstance(string token) =>
        Payload(token) is { } p && Jwt.Member(p, "iss") is { ValueKind: JsonValueKind.String } iss
        && System.Text.RegularExpressions.Regex.Replace(iss.GetString()!, "https?://", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase) == _originalFrontendApi;

    public bool IsCrossOriginReferrer() =>
        Referrer is { } r && RequestUrl.Parse(r) is { } referrer && referrer.Origin != ClerkUrl.Origin;

    public bool IsKnownClerkReferrer()
    {
        if (Referrer is null || RequestUrl.Parse(Referrer) is not { } referrer) return false;
        var host = referrer.Host;
        if (FrontendApi.Length > 0)
        {
            var fapiHost = FrontendApi.StartsWith("http", StringComparison.Ordinal) ? RequestUrl.Parse(FrontendApi)?.Host : FrontendApi;
            if (host == fapiHost) return true;
        }
        if (IsDevelopment && (host.EndsWith(".accounts.dev", StringComparison.Ordinal) || host.EndsWith(".accountsstage.dev", StringComparison.Ordinal)
            || host.EndsWith(".accounts.lclclerk.com", StringComparison.Ordinal) || host.EndsWith(".lcl.dev", StringComparison.Ordinal)
            || host.EndsWith(".stg.dev", StringComparison.Ordinal) || host.EndsWith(".lclstage.dev", StringComparison.Ordinal) || host.EndsWith(".stgstage.dev", StringComparison.Ordinal)))
            return true;
        if (FrontendApi.Length > 0)
        {
            var accounts = System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(FrontendApi, @"clerk\.accountsstage\.", "accountsstage.", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)),
                @"clerk\.accounts\.|clerk\.", "accounts.", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            if (RequestUrl.Parse("https://" + accounts) is { } expected && expected.Origin == referrer.Origin) return true;
        }
        return false;
    }

    // ---- verification and Backend API calls -----------------------------------------------------------------

    private VerifyTokenOptions VerifyOptions(long? clockSkewInMs = null) => new()
    {
        JwtKey = JwtKey,
        SecretKey = SecretKey,
        ApiUrl = _client.Options.ApiUrl,
        ApiVersion = _client.Options.ApiVersion,
        Audience = Audience,
        AuthorizedParties = AuthorizedParties,
        ClockSkewInMs = clockSkewInMs,
    };

    // A failed effect is cancellation (or a bug): it is rethrown, never turned into a signed-out state.
    public async Task<Either<TokenVerificationError, JsonElement>> VerifySession(string token, long? clockSkewInMs, CancellationToken ct) =>
        (await _client.Tokens.VerifyToken(token, VerifyOptions(clockSkewInMs), ct).Run().ConfigureAwait(false)).ThrowIfFail();

    public async Task<Either<MachineTokenRejection, VerifiedMachineToken>> VerifyMachine(string token, CancellationToken ct) =>
        (await _client.VerifyMachineAuthToken(token, VerifyOptions(), ct).Run().ConfigureAwait(false)).ThrowIfFail();

    public async Task<Either<TokenVerificationError, IReadOnlyList<string>>> VerifyHandshakeToken(string token, CancellationToken ct)
    {
        var decoded = Jwt.Decode(token);
        if (decoded.Case is not DecodedJwt jwt) return (TokenVerificationError)decoded.Case!;
        var key = await _client.Tokens.ResolveKey(jwt, VerifyOptions(), ct).ConfigureAwait(false);
        if (key.Case is TokenVerificationError keyError) return keyError;
        var header = Claims.HeaderType(jwt.Header, null).Bind(_ => Claims.Algorithm(jwt.Header));
        if (header.Case is TokenVerificationError headerError) return headerError;
        if (Jwt.Member(jwt.Header, "cat") is { } cat && (cat.ValueKind != JsonValueKind.String || (cat.GetString() != JwtCategory.SessionToken && cat.GetString() != JwtCategory.Ignore)))
            return new TokenVerificationError(TokenVerificationErrorReason.TokenInvalid, "Invalid handshake token category.", TokenVerificationErrorAction.EnsureClerkJwt);
        var valid = Jwt.HasValidSignature(jwt, (Tokens.JwtKey)key.Case!);
        if (valid.Case is TokenVerificationError signatureError)
            return new TokenVerificationError(TokenVerificationErrorReason.TokenVerificationFailed, $"Error verifying handshake token. {signatureError.Message}");
        if (valid.Case is false) return new TokenVerificationError(TokenVerificationErrorReason.TokenInvalidSignature, "Handshake signature is invalid.");
        var directives = Jwt.Member(jwt.Payload, "handshake") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList()
            : [];
        return directives;
    }

    public async Task<Either<ClerkError, IReadOnlyList<string>>> HandshakePayload(string nonce, CancellationToken ct)
    {
        var call = Api.Clients.ClientsRequests.GetHandshakePayload(new Api.Clients.GetHandshakePayloadParams { Nonce = nonce });
        var result = (await _client.Runner.Run(call, ct).Run().ConfigureAwait(false)).ThrowIfFail();
        return result.Map(payload => payload.Directives);
    }

    public async Task<Either<ClerkError, IReadOnlyList<string>>> RefreshSession(string sessionId, string expiredToken, CancellationToken ct)
    {
        var parameters = new Api.Sessions.RefreshTokenParams
        {
            Format = Api.Sessions.SessionRefreshFormat.Cookie,
            ExpiredToken = expiredToken,
            RefreshToken = RefreshTokenInCookie ?? "",
            RequestOrigin = ClerkUrl.Origin,
            RequestHeaders = RequestHeaders(),
            SuffixedCookies = UsesSuffixedCookies(),
        };
        var result = (await _client.Runner.Run(Api.Sessions.SessionsRequests.RefreshSession(sessionId, parameters), ct).Run().ConfigureAwait(false)).ThrowIfFail();
        return result.Map(refresh => refresh is Resources.SessionCookies cookies ? cookies.Cookies : (IReadOnlyList<string>)[]);
    }

    // As a Fetch Headers object iterates them: lower-cased names in order, the values of a repeated name joined with ", ".
    private Dictionary<string, IReadOnlyList<string>> RequestHeaders() =>
        _request.Headers.GroupBy(h => h.Key.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[string.Join(", ", g.Select(h => h.Value))], StringComparer.Ordinal);
}
