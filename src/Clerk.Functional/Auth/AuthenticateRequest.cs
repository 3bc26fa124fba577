using System.Threading.Tasks;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Tokens;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>
/// <c>authenticateRequest</c> of <c>@clerk/backend</c> 3.x: decides signed-in, signed-out or handshake for an incoming request.
/// Configuration problems are <see cref="AuthenticateRequestError"/> values; nothing throws.
/// </summary>
public static class RequestAuthenticator
{
    /// <summary>The Backend API version sent as <c>__clerk_api_version</c> in handshake redirects.</summary>
    public const string SupportedBapiVersion = Options.ClerkClientOptions.ClerkApiVersionHeader;

    internal const string MissingSecretKeyMessage = "Missing Clerk Secret Key. Go to https://dashboard.clerk.com and get your key for your instance.";

    /// <summary>Authenticates <paramref name="request"/> with <paramref name="client"/>'s keys and Backend API.</summary>
    /// <param name="client">The client (keys, transport, key cache).</param>
    /// <param name="request">The incoming request.</param>
    /// <param name="options">Request-level options; unset members fall back to the client's.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels Backend API calls.</param>
    public static async Task<Either<AuthenticateRequestError, RequestState>> Authenticate(
        ClerkApi client, IncomingRequest request, AuthenticateRequestOptions? options, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var o = options ?? new AuthenticateRequestOptions();
            // Request-level keys and API URL apply to every Backend API call of this request, not only to token checks.
            client = client.WithRequestKeys(o.SecretKey, o.MachineSecretKey, o.ApiUrl);
            var context = AuthenticateContext.Create(client, request, o, time ?? TimeProvider.System);
            if (context.Case is AuthenticateRequestError error) return error;
            var flow = new Flow((AuthenticateContext)context.Case!, cancellationToken);
            return await flow.Run().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // a flow bug must still be a value, never an exception escaping to the host
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new AuthenticateRequestError($"Clerk: unexpected error while authenticating the request ({e.GetType().Name}: {e.Message}).");
        }
    }

    private sealed class Flow(AuthenticateContext ctx, CancellationToken ct)
    {
        private sealed class FlowThrow(string message) : Exception(message);

        public async Task<Either<AuthenticateRequestError, RequestState>> Run()
        {
            try
            {
                return await Decide().ConfigureAwait(false);
            }
            catch (FlowThrow t)
            {
                return new AuthenticateRequestError(t.Message);
            }
        }

        private async Task<RequestState> Decide()
        {
            var accepts = ctx.AcceptsToken;
            if (accepts.List is not null && !accepts.Accepts(ctx.TokenInHeader is { } t && MachineTokens.IsMachineToken(t)
                    ? MachineTokens.MachineTokenType(t).IfNone(TokenType.SessionToken) : TokenType.SessionToken))
                return new RequestState.SignedOut(null, RequestStateEcho.Empty, DebugHeaders([], "signed-out", AuthErrorReasons.TokenTypeMismatch, ""),
                    AuthErrorReasons.TokenTypeMismatch, "");

            if (ctx.TokenInHeader is not null)
            {
                if (accepts.Single == "any" || accepts.List is not null) return await AnyInHeader().ConfigureAwait(false);
                if (accepts.Single == TokenType.SessionToken) return await SessionInHeader().ConfigureAwait(false);
                return await MachineInHeader().ConfigureAwait(false);
            }
            if (accepts.Single is TokenType.OAuthToken or TokenType.ApiKey or TokenType.M2MToken)
                return SignedOut(accepts.Single, "No token in header", "");
            return await Cookie().ConfigureAwait(false);
        }

        // ---- state builders -------------------------------------------------------------------------------

        private static List<KeyValuePair<string, string>> DebugHeaders(List<KeyValuePair<string, string>> headers, string status, string reason, string message)
        {
            var result = headers.ToList();
            void Set(string name, string value)
            {
                result.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
                result.Add(new(name, value));
            }
            if (message.Length > 0) Set("x-clerk-auth-message", message);
            if (reason.Length > 0) Set("x-clerk-auth-reason", reason);
            Set("x-clerk-auth-status", status);
            return result;
        }

        private RequestState SignedOut(string tokenType, string reason, string message, List<KeyValuePair<string, string>>? headers = null) =>
            new RequestState.SignedOut(tokenType, ctx.Echo, DebugHeaders(headers ?? [], "signed-out", reason, message), reason, message);

        private RequestState SignedIn(string token, JsonElement claims, List<KeyValuePair<string, string>>? headers = null) =>
            new RequestState.SignedIn(TokenType.SessionToken, ctx.Echo, headers ?? [], token, claims, null);

        private RequestState Handshake(string reason, string message, List<KeyValuePair<string, string>> headers) =>
            new RequestState.Handshake(TokenType.SessionToken, ctx.Echo, DebugHeaders(headers, "handshake", reason, message), reason, message);

        // ---- header tokens --------------------------------------------------------------------------------

        private static bool IsWrongSessionKind(string token) =>
            MachineTokens.IsOAuthJwt(token) || MachineTokens.IsM2MJwt(token) || HasNonSessionCategory(token);

        internal static bool HasNonSessionCategory(string token) =>
            Jwt.Decode(token).Case is DecodedJwt jwt && IsNonSessionCategory(jwt);

        internal static bool IsNonSessionCategory(DecodedJwt jwt) =>
            Jwt.Member(jwt.Header, "cat") is { } cat && (cat.ValueKind != JsonValueKind.String
                || (cat.GetString() != JwtCategory.SessionToken && cat.GetString() != JwtCategory.Ignore));

        private async Task<RequestState> SessionInHeader()
        {
            var token = ctx.TokenInHeader!;
            if (IsWrongSessionKind(token)) return SignedOut(TokenType.SessionToken, AuthErrorReasons.TokenTypeMismatch, "");
            var verified = await ctx.VerifySession(token, null, ct).ConfigureAwait(false);
            return await verified.MatchAsync(
                RightAsync: claims => Task.FromResult(SignedIn(token, claims)),
                LeftAsync: error => SessionTokenError(error, "header")).ConfigureAwait(false);
        }

        private async Task<RequestState> MachineInHeader()
        {
            var token = ctx.TokenInHeader!;
            var accepts = ctx.AcceptsToken;
            if (!MachineTokens.IsMachineToken(token)) return SignedOut(accepts.Single!, AuthErrorReasons.TokenTypeMismatch, "");
            return await VerifyMachine(token).ConfigureAwait(false);
        }

        private async Task<RequestState> AnyInHeader()
        {
            var token = ctx.TokenInHeader!;
            if (MachineTokens.IsMachineToken(token)) return await VerifyMachine(token).ConfigureAwait(false);
            var verified = await ctx.VerifySession(token, null, ct).ConfigureAwait(false);
            return await verified.MatchAsync(
                RightAsync: claims => Task.FromResult(SignedIn(token, claims)),
                LeftAsync: error => SessionTokenError(error, "header")).ConfigureAwait(false);
        }

        private async Task<RequestState> VerifyMachine(string token)
        {
            var accepts = ctx.AcceptsToken;
            var parsed = MachineTokens.MachineTokenType(token).IfNone(TokenType.SessionToken);
            if (!accepts.Accepts(parsed)) return SignedOut(accepts.Single ?? parsed, AuthErrorReasons.TokenTypeMismatch, "");
            var result = await ctx.VerifyMachine(token, ct).ConfigureAwait(false);
            return result.Match(
                Right: verified => (RequestState)new RequestState.SignedIn(verified.TokenType, ctx.Echo, [], token, null, verified),
                Left: rejection =>
                {
                    var status = rejection.Error.Status is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n/a";
                    // A machine JWT whose keys cannot be fetched: @clerk/backend quotes the transport's text here; this SDK does not.
                    var message = rejection.Error.BackendUnreachable ? "Unexpected error" : rejection.Error.Message;
                    return SignedOut(rejection.TokenType ?? parsed, rejection.Error.Reason.Value, $"{message} (code={rejection.Error.Reason}, status={status})");
                });
        }

        // ---- session token errors and refresh --------------------------------------------------------------

        private async Task<RequestState> SessionTokenError(TokenVerificationError error, string carrier)
        {
            // @clerk/backend signs out with unexpected-error and no message when the key set cannot be fetched; the
            // transport's own text (host names, addresses) is not for a response header.
            if (error.BackendUnreachable) return SignedOut(TokenType.SessionToken, AuthErrorReasons.UnexpectedError, "");
            string? refreshError;
            if (error.Reason == TokenVerificationErrorReason.TokenExpired && ctx.RefreshTokenInCookie is not null && ctx.Method == "GET")
            {
                var (state, refreshReason) = await AttemptRefresh().ConfigureAwait(false);
                if (state is not null) return state;
                refreshError = refreshReason;
            }
            else
            {
                refreshError = ctx.Method != "GET" ? "non-eligible-non-get" : ctx.RefreshTokenInCookie is null ? "non-eligible-no-refresh-cookie" : null;
            }
            var fullMessage = string.Join(" ", new[] { error.Message, error.Action ?? "" }.Where(s => s.Length > 0))
                + $" (reason={error.Reason}, token-carrier={carrier})";
            if (error.Reason == TokenVerificationErrorReason.TokenExpired)
                return HandleMaybeHandshake($"session-token-expired-refresh-{refreshError ?? "null"}", fullMessage);
            if (error.Reason == TokenVerificationErrorReason.TokenNotActiveYet) return HandleMaybeHandshake("session-token-nbf", fullMessage);
            if (error.Reason == TokenVerificationErrorReason.TokenIatInTheFuture) return HandleMaybeHandshake("session-token-iat-in-the-future", fullMessage);
            return SignedOut(TokenType.SessionToken, error.Reason.Value, fullMessage);
        }

        private async Task<(RequestState? State, string Reason)> AttemptRefresh()
        {
            var expired = ctx.SessionToken;
            if (string.IsNullOrEmpty(expired)) return (null, "missing-session-token");
            if (Jwt.Decode(expired).Case is not DecodedJwt jwt) return (null, "expired-session-token-decode-failed");
            if (jwt.Claim("sid") is not { Length: > 0 } sid) return (null, "expired-session-token-missing-sid-claim");
            var result = await ctx.RefreshSession(sid, expired, ct).ConfigureAwait(false);
            if (result.Case is ClerkError error)
            {
                if (error is ClerkError.Api api && api.Errors.HeadOrNone().Case is ClerkApiError first)
                    return (null, first.Code == "unexpected_error" ? "fetch-error" : first.Code);
                return (null, "unexpected-bapi-error");
            }
            var cookies = (IReadOnlyList<string>)result.Case!;
            if (cookies.Count == 0) return (null, "unexpected-sdk-error");
            var headers = new List<KeyValuePair<string, string>>();
            var sessionToken = "";
            foreach (var cookie in cookies)
            {
                headers.Add(new("set-cookie", cookie));
                if (CookieDirective.Name(cookie).StartsWith("__session", StringComparison.Ordinal)) sessionToken = CookieDirective.Value(cookie);
            }
            var verified = await ctx.VerifySession(sessionToken, null, ct).ConfigureAwait(false);
            return verified.Match(
                Right: claims => (SignedIn(sessionToken, claims, headers), ""),
                Left: _ => ((RequestState?)null, "invalid-session-token"));
        }

        // ---- handshake ------------------------------------------------------------------------------------

        private bool EligibleForHandshake =>
            ctx.Method == "GET" && (ctx.SecFetchDest is "document" or "iframe" || (ctx.SecFetchDest is null && (ctx.Accept?.StartsWith("text/html", StringComparison.Ordinal) ?? false)));

        private RequestState HandleMaybeHandshake(string reason, string message, List<KeyValuePair<string, string>>? headers = null)
        {
            if (!EligibleForHandshake) return SignedOut(TokenType.SessionToken, reason, message);
            var handshakeHeaders = headers ?? BuildRedirectToHandshake(reason);
            if (handshakeHeaders.Any(h => string.Equals(h.Key, "location", StringComparison.OrdinalIgnoreCase)))
            {
                handshakeHeaders.RemoveAll(h => string.Equals(h.Key, "cache-control", StringComparison.OrdinalIgnoreCase));
                handshakeHeaders.Add(new("cache-control", "no-store"));
            }
            if (ctx.RedirectLoopCounter == 3) return SignedOut(TokenType.SessionToken, reason, message);
            handshakeHeaders.Add(new("set-cookie", $"__clerk_redirect_count={(ctx.RedirectLoopCounter + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}; SameSite=Lax; HttpOnly; Max-Age=2"));
            return Handshake(reason, message, handshakeHeaders);
        }

        private List<KeyValuePair<string, string>> BuildRedirectToHandshake(string reason)
        {
            var redirectUrl = ctx.ClerkUrl.Clone().Delete("__clerk_db_jwt").Delete("__dev_session");
            var baseUrl = ctx.FrontendApi.StartsWith("http", StringComparison.Ordinal) ? ctx.FrontendApi : $"https://{ctx.FrontendApi}";
            var query = new List<KeyValuePair<string, string>>
            {
                new("redirect_url", redirectUrl.Href),
                new("__clerk_api_version", SupportedBapiVersion),
                new("suffixed_cookies", ctx.UsesSuffixedCookies() ? "true" : "false"),
                new("__clerk_hs_reason", reason),
                new("format", "nonce"),
            };
            if (!string.IsNullOrEmpty(ctx.SessionToken)) query.Add(new("__session", ctx.SessionToken));
            if (ctx.IsDevelopment && !string.IsNullOrEmpty(ctx.DevBrowserToken)) query.Add(new("__clerk_db_jwt", ctx.DevBrowserToken));
            if (ctx.OrganizationMatcher?.FindTarget(ctx.ClerkUrl.Path) is { } target) query.Add(new("organization_id", target.Id ?? target.Slug ?? ""));
            var location = baseUrl.TrimEnd('/') + "/v1/client/handshake?" + RequestUrl.Serialize(query);
            return [new("location", location)];
        }

        private async Task<RequestState?> ResolveHandshake()
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new("access-control-allow-origin", "null"),
                new("access-control-allow-credentials", "true"),
            };
            var cookies = new List<string>();
            if (ctx.HandshakeNonce is { Length: > 0 } nonce)
            {
                var payload = await ctx.HandshakePayload(nonce, ct).ConfigureAwait(false);
                payload.IfRight(cookies.AddRange);
            }
            else if (ctx.HandshakeToken is { Length: > 0 } handshakeToken)
            {
                var verified = await ctx.VerifyHandshakeToken(handshakeToken, ct).ConfigureAwait(false);
                if (verified.Case is TokenVerificationError error)
                {
                    // As in @clerk/backend, an unreachable Backend API is not a verification failure: the cookie flow goes on.
                    if (ctx.IsDevelopment && !error.BackendUnreachable)
                        throw new FlowThrow(error.Reason == TokenVerificationErrorReason.TokenInvalidSignature
                            ? "Clerk: Handshake token verification failed due to an invalid signature. If you have switched Clerk keys locally, clear your cookies and try again."
                            : $"Clerk: Handshake token verification failed: {string.Join(" ", new[] { error.Message, error.Action ?? "" }.Where(s => s.Length > 0))} (reason={error.Reason}, token-carrier=undefined).");
                    return null;
                }
                cookies.AddRange((IReadOnlyList<string>)verified.Case!);
            }
            var sessionToken = "";
            foreach (var cookie in cookies)
            {
                headers.Add(new("set-cookie", cookie));
                if (CookieDirective.Name(cookie).StartsWith("__session", StringComparison.Ordinal)) sessionToken = CookieDirective.Value(cookie);
            }
            if (ctx.IsDevelopment)
            {
                var clean = ctx.ClerkUrl.Clone().Delete("__clerk_handshake").Delete("__clerk_help").Delete("__clerk_db_jwt").Delete("__clerk_handshake_nonce");
                headers.Add(new("location", clean.Href));
                headers.RemoveAll(h => h.Key == "cache-control");
                headers.Add(new("cache-control", "no-store"));
            }
            if (sessionToken.Length == 0) return SignedOut(TokenType.SessionToken, AuthErrorReasons.SessionTokenMissing, "", headers);
            var result = await ctx.VerifySession(sessionToken, null, ct).ConfigureAwait(false);
            if (result.Case is JsonElement claims) return SignedIn(sessionToken, claims, headers);
            var verificationError = (TokenVerificationError)result.Case!;
            if (ctx.IsDevelopment && (verificationError.Reason == TokenVerificationErrorReason.TokenExpired
                || verificationError.Reason == TokenVerificationErrorReason.TokenNotActiveYet
                || verificationError.Reason == TokenVerificationErrorReason.TokenIatInTheFuture))
            {
                var retry = await ctx.VerifySession(sessionToken, 86_400_000, ct).ConfigureAwait(false);
                if (retry.Case is JsonElement retried) return SignedIn(sessionToken, retried, headers);
            }
            // resolveHandshake throws a plain Error here, which authenticateRequest logs and falls through.
            return null;
        }

        // ---- cookie flow ----------------------------------------------------------------------------------

        private async Task<RequestState> Cookie()
        {
            var hasActiveClient = ctx.ClientUat != 0;
            var hasSessionToken = !string.IsNullOrEmpty(ctx.SessionTokenInCookie);
            var hasDevBrowserToken = !string.IsNullOrEmpty(ctx.DevBrowserToken);

            if (!string.IsNullOrEmpty(ctx.HandshakeNonce) || !string.IsNullOrEmpty(ctx.HandshakeToken))
            {
                var resolved = await ResolveHandshake().ConfigureAwait(false);
                if (resolved is not null) return resolved;
            }

            var eligibleForMultiDomainSync = ctx.IsSatellite && ctx.SecFetchDest == "document" && ctx.Method == "GET";
            var synced = ctx.ClerkUrl.Get("__clerk_synced");
            var needsSync = synced == "false";
            var syncCompleted = synced == "true";
            var hasCookies = hasSessionToken || hasActiveClient;
            var skipSatelliteHandshake = !ctx.SatelliteAutoSync && !hasCookies && !needsSync;

            if (eligibleForMultiDomainSync && !syncCompleted)
            {
                if (skipSatelliteHandshake) return SignedOut(TokenType.SessionToken, AuthErrorReasons.SessionTokenAndUatMissing, "");
                if (!hasCookies || needsSync)
                {
                    if (!ctx.IsDevelopment) return HandleMaybeHandshake(AuthErrorReasons.SatelliteCookieNeedsSyncing, "");
                    if (RequestUrl.Parse(ctx.SignInUrl) is { } signIn)
                    {
                        signIn.Append("__clerk_redirect_url", ctx.ClerkUrl.Href);
                        return HandleMaybeHandshake(AuthErrorReasons.SatelliteCookieNeedsSyncing, "", [new("location", signIn.Href)]);
                    }
                }
            }

            var redirectUrl = ctx.ClerkUrl.Get("__clerk_redirect_url");
            if (ctx.IsDevelopment && !ctx.IsSatellite && !string.IsNullOrEmpty(redirectUrl) && RequestUrl.Parse(redirectUrl) is { } back)
            {
                if (hasDevBrowserToken) back.Append("__clerk_db_jwt", ctx.DevBrowserToken!);
                back.Set("__clerk_synced", "true");
                return HandleMaybeHandshake(AuthErrorReasons.PrimaryRespondsToSyncing, "", [new("location", back.Href)]);
            }

            if (ctx.IsDevelopment && ctx.ClerkUrl.Has("__clerk_db_jwt")) return HandleMaybeHandshake(AuthErrorReasons.DevBrowserSync, "");
            if (ctx.IsDevelopment && !hasDevBrowserToken) return HandleMaybeHandshake(AuthErrorReasons.DevBrowserMissing, "");
            if (!hasActiveClient && !hasSessionToken) return SignedOut(TokenType.SessionToken, AuthErrorReasons.SessionTokenAndUatMissing, "");
            if (!hasActiveClient && hasSessionToken) return HandleMaybeHandshake(AuthErrorReasons.SessionTokenWithoutClientUat, "");
            if (hasActiveClient && !hasSessionToken) return HandleMaybeHandshake(AuthErrorReasons.ClientUatWithoutSessionToken, "");

            var token = ctx.SessionTokenInCookie!;
            var decoded = Jwt.Decode(token);
            if (decoded.Case is TokenVerificationError decodeError) return await SessionTokenError(decodeError, "cookie").ConfigureAwait(false);
            if (IsWrongSessionKind(token)) return SignedOut(TokenType.SessionToken, AuthErrorReasons.TokenTypeMismatch, "");
            var jwt = (DecodedJwt)decoded.Case!;
            if (Jwt.Member(jwt.Payload, "iat") is { ValueKind: JsonValueKind.Number } iat && iat.GetDouble() < ctx.ClientUat)
                return HandleMaybeHandshake(AuthErrorReasons.SessionTokenIatBeforeClientUat, "");

            var verified = await ctx.VerifySession(token, null, ct).ConfigureAwait(false);
            if (verified.Case is TokenVerificationError error) return await SessionTokenError(error, "cookie").ConfigureAwait(false);
            var claims = (JsonElement)verified.Case!;
            var signedIn = SignedIn(token, claims);

            if (!ctx.IsSatellite && ctx.Method == "GET" && ctx.SecFetchDest == "document" && ctx.IsCrossOriginReferrer()
                && !ctx.IsKnownClerkReferrer() && ctx.RedirectLoopCounter == 0)
                return HandleMaybeHandshake(AuthErrorReasons.PrimaryDomainCrossOriginSync, "Cross-origin request from satellite domain requires handshake");

            if (signedIn.ToAuth().Case is AuthObject.SignedIn auth && auth.UserId is not null && OrganizationSync(auth) is { } orgHandshake)
                return orgHandshake;
            return signedIn;
        }

        private RequestState? OrganizationSync(AuthObject.SignedIn auth)
        {
            if (ctx.OrganizationMatcher?.FindTarget(ctx.ClerkUrl.Path) is not { } target) return null;
            var mustActivate = target.IsPersonalAccount
                ? auth.OrgId is not null
                : (target.Slug is not null && target.Slug != auth.OrgSlug) || (target.Id is not null && target.Id != auth.OrgId);
            if (!mustActivate || ctx.RedirectLoopCounter >= 3) return null;
            var state = HandleMaybeHandshake(AuthErrorReasons.ActiveOrganizationMismatch, "");
            return state is RequestState.Handshake ? state : null;
        }
    }
}

/// <summary>The reasons of signed-out and handshake states (<c>AuthErrorReason</c>).</summary>
public static class AuthErrorReasons
{
    /// <summary>The client has a session cookie but no <c>__client_uat</c>.</summary>
    public const string ClientUatWithoutSessionToken = "client-uat-but-no-session-token";
    /// <summary>A development instance without a dev-browser token.</summary>
    public const string DevBrowserMissing = "dev-browser-missing";
    /// <summary>A dev-browser token in the query must be synced.</summary>
    public const string DevBrowserSync = "dev-browser-sync";
    /// <summary>The primary answers a satellite's sync request.</summary>
    public const string PrimaryRespondsToSyncing = "primary-responds-to-syncing";
    /// <summary>A cross-origin navigation into the primary domain.</summary>
    public const string PrimaryDomainCrossOriginSync = "primary-domain-cross-origin-sync";
    /// <summary>A satellite must sync its cookies.</summary>
    public const string SatelliteCookieNeedsSyncing = "satellite-needs-syncing";
    /// <summary>Neither a session cookie nor <c>__client_uat</c>.</summary>
    public const string SessionTokenAndUatMissing = "session-token-and-uat-missing";
    /// <summary>A handshake without a session cookie.</summary>
    public const string SessionTokenMissing = "session-token-missing";
    /// <summary>The session was issued before the client's last update.</summary>
    public const string SessionTokenIatBeforeClientUat = "session-token-iat-before-client-uat";
    /// <summary>A session cookie without <c>__client_uat</c>.</summary>
    public const string SessionTokenWithoutClientUat = "session-token-but-no-client-uat";
    /// <summary>The URL's organization differs from the session's active one.</summary>
    public const string ActiveOrganizationMismatch = "active-organization-mismatch";
    /// <summary>A token of a kind the options do not accept.</summary>
    public const string TokenTypeMismatch = "token-type-mismatch";
    /// <summary>An unexpected failure.</summary>
    public const string UnexpectedError = "unexpected-error";
}

/// <summary>Parts of a <c>Set-Cookie</c> directive as <c>@clerk/backend</c> reads them.</summary>
internal static class CookieDirective
{
    public static string Name(string directive) => directive.Split(';')[0].Split('=')[0];

    public static string Value(string directive) => directive.Split(';')[0].Split('=') is { Length: > 1 } parts ? parts[1] : "";
}

/// <summary>An organization-sync target found in a path.</summary>
/// <param name="IsPersonalAccount">The personal account is targeted.</param>
/// <param name="Id">The organization id (<c>:id</c>).</param>
/// <param name="Slug">The organization slug (<c>:slug</c>).</param>
internal sealed record OrganizationSyncTarget(bool IsPersonalAccount, string? Id, string? Slug);

/// <summary>Matches paths against <c>organizationSyncOptions</c> patterns (path-to-regexp syntax: <c>:name</c>, <c>(regex)</c>, <c>*</c>).</summary>
internal sealed class OrganizationMatcher
{
    private readonly Regex[]? _organization;
    private readonly Regex[]? _personal;

    private OrganizationMatcher(Regex[]? organization, Regex[]? personal)
    {
        _organization = organization;
        _personal = personal;
    }

    public static (OrganizationMatcher? Matcher, AuthenticateRequestError? Error) Create(OrganizationSyncOptions? options)
    {
        if (options is null) return (null, null);
        var (org, e1) = Compile(options.OrganizationPatterns);
        if (e1 is not null) return (null, e1);
        var (personal, e2) = Compile(options.PersonalAccountPatterns);
        if (e2 is not null) return (null, e2);
        return (new OrganizationMatcher(org, personal), null);
    }

    private static (Regex[]? Regexes, AuthenticateRequestError? Error) Compile(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0) return (null, null);
        var result = new List<Regex>();
        foreach (var pattern in patterns)
        {
            var regex = ToRegex(pattern);
            if (regex is null) return (null, new AuthenticateRequestError($"Invalid pattern \"{string.Join(",", patterns)}\": TypeError: Unexpected token in \"{pattern}\""));
            result.Add(regex);
        }
        return (result.ToArray(), null);
    }

    private static Regex? ToRegex(string pattern)
    {
        var sb = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == ':')
            {
                var j = i + 1;
                while (j < pattern.Length && (char.IsLetterOrDigit(pattern[j]) || pattern[j] == '_')) j++;
                if (j == i + 1) return null;
                sb.Append("(?<").Append(pattern, i + 1, j - i - 1).Append(">[^/#?]+?)");
                i = j - 1;
            }
            else if (c == '(')
            {
                var depth = 1;
                var j = i + 1;
                while (j < pattern.Length && depth > 0)
                {
                    if (pattern[j] == '(') depth++;
                    else if (pattern[j] == ')') depth--;
                    j++;
                }
                if (depth != 0 || j - i - 2 <= 0) return null;
                sb.Append("(?:").Append(pattern, i + 1, j - i - 2).Append(')');
                i = j - 1;
            }
            else if (c == '*') sb.Append("(?:.*)");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        sb.Append("[/#?]?$");
        try
        {
            return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public OrganizationSyncTarget? FindTarget(string path)
    {
        try
        {
            if (_organization is not null)
                foreach (var regex in _organization)
                {
                    var m = regex.Match(path);
                    if (!m.Success) continue;
                    if (m.Groups["id"] is { Success: true } id && id.Value.Length > 0) return new(false, Uri.UnescapeDataString(id.Value), null);
                    if (m.Groups["slug"] is { Success: true } slug && slug.Value.Length > 0) return new(false, null, Uri.UnescapeDataString(slug.Value));
                    break;
                }
            if (_personal is not null && _personal.Any(r => r.IsMatch(path))) return new(true, null, null);
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}

/// <summary>Task-based entry points of <c>authenticateRequest</c> for C# hosts.</summary>
public static class AuthenticateRequestExtensions
{
    /// <summary>Authenticates a request; the result is the state, or the configuration error. Cancellation throws
    /// <see cref="OperationCanceledException"/>, as every other call does.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The incoming request.</param>
    /// <param name="options">Request-level options.</param>
    /// <param name="cancellationToken">Cancels Backend API calls.</param>
    public static async Task<Either<AuthenticateRequestError, RequestState>> AuthenticateRequestAsync(
        this ClerkApi client, IncomingRequest request, AuthenticateRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await client.AuthenticateRequest(request, options, cancellationToken).Run().ConfigureAwait(false)).ThrowIfFail();
}
