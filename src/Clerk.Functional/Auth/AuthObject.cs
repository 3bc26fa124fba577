using System.IO;
using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Tokens;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>An auth object could not be built: the session claims are malformed where <c>@clerk/backend</c>'s
/// <c>toAuth()</c> throws (e.g. <c>Invalid claim element (missing colon): …</c> in a v2 <c>fea</c> claim).</summary>
/// <param name="Message">Why, with <c>@clerk/backend</c>'s message where it has one.</param>
public sealed record AuthObjectError(string Message);

/// <summary>The options of <see cref="AuthObject.GetToken"/>: with a <see cref="Template"/> or
/// <see cref="ExpiresInSeconds"/>, a new token is fetched from the Backend API; otherwise the session token is returned.</summary>
public sealed record GetTokenOptions
{
    /// <summary>The name of a JWT template.</summary>
    public string? Template { get; init; }

    /// <summary>The lifetime of the new token, in seconds.</summary>
    public int? ExpiresInSeconds { get; init; }
}

/// <summary>Fetches a token for a session from the Backend API (<c>sessions.getToken(sessionId, template, expiresInSeconds)</c>,
/// returning its <c>jwt</c>). Given to a signed-in auth object by the request flow.</summary>
/// <param name="sessionId">The session.</param>
/// <param name="template">The template name, <c>""</c> for none.</param>
/// <param name="expiresInSeconds">The lifetime, when asked for.</param>
/// <param name="cancellationToken">Cancels the request.</param>
public delegate Aff<Either<ClerkError, string>> SessionTokenFetcher(string sessionId, string template, int? expiresInSeconds, CancellationToken cancellationToken);

/// <summary>The machine token types.</summary>
public enum MachineTokenKind
{
    /// <summary><c>api_key</c>.</summary>
    ApiKey,

    /// <summary><c>m2m_token</c>.</summary>
    M2MToken,

    /// <summary><c>oauth_token</c>.</summary>
    OAuthToken,
}

/// <summary>Conversions between <see cref="MachineTokenKind"/> and the token-type strings (<see cref="Tokens.TokenType"/>).</summary>
public static class MachineTokenKinds
{
    /// <summary>The token-type string: <c>api_key</c>, <c>m2m_token</c> or <c>oauth_token</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string ToTokenType(this MachineTokenKind kind) => kind switch
    {
        MachineTokenKind.ApiKey => TokenType.ApiKey,
        MachineTokenKind.M2MToken => TokenType.M2MToken,
        _ => TokenType.OAuthToken,
    };

    /// <summary>The kind named by a token-type string, or none (also for <c>session_token</c>).</summary>
    /// <param name="tokenType">The token-type string.</param>
    public static Option<MachineTokenKind> FromTokenType(string? tokenType) => tokenType switch
    {
        TokenType.ApiKey => Some(MachineTokenKind.ApiKey),
        TokenType.M2MToken => Some(MachineTokenKind.M2MToken),
        TokenType.OAuthToken => Some(MachineTokenKind.OAuthToken),
        _ => None,
    };
}

/// <summary>
/// What <c>toAuth()</c> returns (<c>@clerk/backend</c>'s <c>tokens/authObjects.ts</c>), a closed set:
/// <see cref="SignedIn"/> and <see cref="SignedOut"/> for session tokens; <see cref="ApiKeyAuth"/>,
/// <see cref="M2MTokenAuth"/>, <see cref="OAuthTokenAuth"/> for verified machine tokens and
/// <see cref="UnauthenticatedMachine"/> for rejected ones; <see cref="InvalidToken"/> for a token type that was not accepted.
/// Immutable; no case prints a token.
/// </summary>
public abstract record AuthObject
{
    private AuthObject() { }

    /// <summary><c>session_token</c>, <c>api_key</c>, <c>m2m_token</c>, <c>oauth_token</c>, or null (<see cref="InvalidToken"/>).</summary>
    public abstract string? TokenType { get; }

    /// <summary>True for a signed-in session or a verified machine token.</summary>
    public abstract bool IsAuthenticated { get; }

    /// <summary><c>has(params)</c>: whether the session has the asked role, permission, feature, plan and recent
    /// verification (<see cref="Authorization.Check"/>). Always false except for <see cref="SignedIn"/>.</summary>
    /// <param name="parameters">The question.</param>
    public virtual bool Has(HasParams parameters) => false;

    /// <summary><c>getToken(options)</c>: the raw token of a signed-in session or verified machine token, or a token
    /// fetched from the Backend API (session auth with a template or lifetime); none when signed out.</summary>
    /// <param name="options">Template and lifetime (session auth only).</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    public virtual Aff<Either<ClerkError, Option<string>>> GetToken(GetTokenOptions? options = null, CancellationToken cancellationToken = default) =>
        NoToken;

    /// <summary>The auth object as JSON without its functions (<c>makeAuthObjectSerializable</c>): the members
    /// <c>@clerk/backend</c> has for this kind, with null where JS has <c>null</c> or <c>undefined</c>. No token.</summary>
    public JsonElement ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            WriteMembers(writer);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>Writes the members of <see cref="ToJson"/>.</summary>
    /// <param name="writer">The writer, inside the object.</param>
    private protected abstract void WriteMembers(Utf8JsonWriter writer);

    /// <summary>Exhaustive match on the seven kinds.</summary>
    /// <param name="signedIn">For <see cref="SignedIn"/>.</param>
    /// <param name="signedOut">For <see cref="SignedOut"/>.</param>
    /// <param name="apiKey">For <see cref="ApiKeyAuth"/>.</param>
    /// <param name="m2mToken">For <see cref="M2MTokenAuth"/>.</param>
    /// <param name="oauthToken">For <see cref="OAuthTokenAuth"/>.</param>
    /// <param name="unauthenticatedMachine">For <see cref="UnauthenticatedMachine"/>.</param>
    /// <param name="invalidToken">For <see cref="InvalidToken"/>.</param>
    /// <typeparam name="R">The result.</typeparam>
    public R Match<R>(
        Func<SignedIn, R> signedIn,
        Func<SignedOut, R> signedOut,
        Func<ApiKeyAuth, R> apiKey,
        Func<M2MTokenAuth, R> m2mToken,
        Func<OAuthTokenAuth, R> oauthToken,
        Func<UnauthenticatedMachine, R> unauthenticatedMachine,
        Func<InvalidToken, R> invalidToken) => this switch
    {
        SignedIn a => signedIn(a),
        SignedOut a => signedOut(a),
        ApiKeyAuth a => apiKey(a),
        M2MTokenAuth a => m2mToken(a),
        OAuthTokenAuth a => oauthToken(a),
        UnauthenticatedMachine a => unauthenticatedMachine(a),
        InvalidToken a => invalidToken(a),
        _ => throw new InvalidOperationException("unreachable: AuthObject is closed"),
    };

    /// <summary>
    /// <c>getAuthObjectFromJwt</c>: the auth object of verified session claims (<see cref="SignedIn.FromClaims"/>); a
    /// pending session (<c>sts: "pending"</c>) is <see cref="SignedOut"/> with <c>SessionStatus = "pending"</c> unless
    /// <paramref name="treatPendingAsSignedOut"/> is false.
    /// </summary>
    /// <param name="claims">The verified claims (the token's payload).</param>
    /// <param name="sessionToken">The raw session token, returned by <see cref="GetToken"/>.</param>
    /// <param name="fetcher">Fetches template tokens for <see cref="GetToken"/>.</param>
    /// <param name="treatPendingAsSignedOut">Whether a pending session counts as signed out (default true).</param>
    public static Either<AuthObjectError, AuthObject> FromSessionClaims(
        JsonElement claims, string? sessionToken = null, SessionTokenFetcher? fetcher = null, bool treatPendingAsSignedOut = true) =>
        SignedIn.FromClaims(claims, sessionToken, fetcher).Map(signedIn =>
            treatPendingAsSignedOut && signedIn.SessionStatus == "pending"
                ? (AuthObject)new SignedOut("pending")
                : signedIn);

    /// <summary><c>authenticatedMachineObject</c>: the auth object of a verified machine token.</summary>
    /// <param name="verified">The verification result.</param>
    /// <param name="token">The raw token, returned by <see cref="GetToken"/>.</param>
    public static AuthObject FromMachineToken(VerifiedMachineToken verified, string token) => verified switch
    {
        VerifiedMachineToken.Key key => new ApiKeyAuth(key.Token.Id, key.Token.Name, key.Token.Subject, key.Token.Scopes, key.Token.Claims, token),
        VerifiedMachineToken.M2M m2m => new M2MTokenAuth(m2m.Token.Id, m2m.Token.Subject, m2m.Token.Scopes, m2m.Token.Claims, token),
        VerifiedMachineToken.OAuth oauth => new OAuthTokenAuth(oauth.Token.Id, oauth.Token.Subject, oauth.Token.Scopes, oauth.Token.ClientId, token),
        _ => throw new InvalidOperationException("unreachable: VerifiedMachineToken is closed"),
    };

    /// <summary>The signed-out object for a token type (<c>signedOutAuthObject</c>, <c>unauthenticatedMachineObject</c>,
    /// or <c>invalidTokenAuthObject</c> for null); none for an unknown token type.</summary>
    /// <param name="tokenType">The token type string, or null.</param>
    public static Option<AuthObject> Unauthenticated(string? tokenType) =>
        tokenType is null ? Some<AuthObject>(InvalidToken.Instance)
        : tokenType == Tokens.TokenType.SessionToken ? Some<AuthObject>(new SignedOut())
        : MachineTokenKinds.FromTokenType(tokenType).Map(kind => (AuthObject)new UnauthenticatedMachine(kind));

    private static readonly Aff<Either<ClerkError, Option<string>>> NoToken = SuccessAff(Right<ClerkError, Option<string>>(None));

    private static Aff<Either<ClerkError, Option<string>>> TokenOf(string? token) =>
        SuccessAff(Right<ClerkError, Option<string>>(Optional(token)));

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void WriteJson(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        writer.WritePropertyName(name);
        if (value is { ValueKind: not JsonValueKind.Undefined } element) element.WriteTo(writer);
        else writer.WriteNullValue();
    }

    /// <summary>
    /// A signed-in session (<c>signedInAuthObject</c>): the session's claims mapped as <c>@clerk/shared</c>'s
    /// <c>jwtPayloadParser</c> does for v1 claims (<c>org_id</c>, <c>org_role</c>, <c>org_slug</c>, <c>org_permissions</c>)
    /// and v2 claims (<c>v: 2</c> with the compact <c>o</c> claim and <c>fea</c>). Claim values of another JSON type than
    /// the one Clerk issues are read as absent.
    /// </summary>
    public sealed record SignedIn : AuthObject
    {
        private readonly string? _token;
        private readonly SessionTokenFetcher? _fetcher;

        private SignedIn(JsonElement claims, OrgClaims org, string? token, SessionTokenFetcher? fetcher)
        {
            SessionClaims = claims;
            SessionId = Jwt.StringMember(claims, "sid");
            SessionStatus = Jwt.StringMember(claims, "sts");
            UserId = Jwt.StringMember(claims, "sub");
            Actor = Jwt.Member(claims, "act") is { ValueKind: not JsonValueKind.Null } act ? act : null;
            OrgId = org.Id;
            OrgRole = org.Role;
            OrgSlug = org.Slug;
            OrgPermissions = org.Permissions;
            FactorVerificationAge = Auth.FactorVerificationAge.FromClaim(Jwt.Member(claims, "fva")).MatchUnsafe(a => a, () => null);
            _token = token;
            _fetcher = fetcher;
        }

        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.SessionToken;

        /// <inheritdoc />
        public override bool IsAuthenticated => true;

        /// <summary>All the claims of the session token.</summary>
        public JsonElement SessionClaims { get; }

        /// <summary>The session (<c>sid</c>).</summary>
        public string? SessionId { get; }

        /// <summary><c>active</c> or <c>pending</c> (<c>sts</c>), null when the instance does not send it.</summary>
        public string? SessionStatus { get; }

        /// <summary>The user (<c>sub</c>).</summary>
        public string? UserId { get; }

        /// <summary>The actor of an impersonation (<c>act</c>: <c>{ sub, … }</c>), when there is one.</summary>
        public JsonElement? Actor { get; }

        /// <summary>The active organization.</summary>
        public string? OrgId { get; }

        /// <summary>The role in the active organization (<c>org:admin</c>).</summary>
        public string? OrgRole { get; }

        /// <summary>The slug of the active organization.</summary>
        public string? OrgSlug { get; }

        /// <summary>The permissions in the active organization (<c>org:feature:permission</c>).</summary>
        public IReadOnlyList<string>? OrgPermissions { get; }

        /// <summary>Minutes since each factor was verified (<c>fva</c>), when the claim is present and well-formed.</summary>
        public FactorVerificationAge? FactorVerificationAge { get; }

        /// <summary>The context <see cref="Has"/> decides with (features and plans from <c>fea</c>/<c>pla</c>).</summary>
        public AuthorizationContext AuthorizationContext =>
            new(UserId, OrgId, OrgRole, OrgPermissions, FactorVerificationAge, Jwt.StringMember(SessionClaims, "fea"), Jwt.StringMember(SessionClaims, "pla"));

        /// <inheritdoc />
        public override bool Has(HasParams parameters) => Authorization.Check(AuthorizationContext, parameters);

        /// <summary><c>getToken</c>: none without a session id; with a template or lifetime, a token fetched through the
        /// <see cref="SessionTokenFetcher"/> (a <see cref="ClerkError.Configuration"/> when there is none); otherwise the
        /// session token itself.</summary>
        /// <param name="options">Template and lifetime.</param>
        /// <param name="cancellationToken">Cancels the fetch.</param>
        public override Aff<Either<ClerkError, Option<string>>> GetToken(GetTokenOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrEmpty(SessionId)) return NoToken;
            if (!string.IsNullOrEmpty(options?.Template) || options?.ExpiresInSeconds is not null)
                return _fetcher is null
                    ? SuccessAff(Left<ClerkError, Option<string>>(new ClerkError.Configuration(
                        "getToken with a template or expiresInSeconds needs a Backend API client; this auth object has none.")))
                    : _fetcher(SessionId, options.Template ?? "", options.ExpiresInSeconds, cancellationToken).Map(result => result.Map(Some));
            return TokenOf(_token);
        }

        /// <summary><c>signedInAuthObject</c>: the signed-in object of verified session claims (pending or not).</summary>
        /// <param name="claims">The verified claims, a JSON object.</param>
        /// <param name="sessionToken">The raw session token, returned by <see cref="GetToken"/>.</param>
        /// <param name="fetcher">Fetches template tokens for <see cref="GetToken"/>.</param>
        public static Either<AuthObjectError, SignedIn> FromClaims(JsonElement claims, string? sessionToken = null, SessionTokenFetcher? fetcher = null)
        {
            if (claims.ValueKind != JsonValueKind.Object)
                return Left<AuthObjectError, SignedIn>(new AuthObjectError("The session claims must be a JSON object."));
            return OrgClaims.Parse(claims).Map(org => new SignedIn(claims.Clone(), org, sessionToken, fetcher));
        }

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            writer.WriteString("tokenType", TokenType);
            WriteJson(writer, "actor", Actor);
            WriteJson(writer, "sessionClaims", SessionClaims);
            WriteString(writer, "sessionId", SessionId);
            WriteString(writer, "sessionStatus", SessionStatus);
            WriteString(writer, "userId", UserId);
            WriteString(writer, "orgId", OrgId);
            WriteString(writer, "orgRole", OrgRole);
            WriteString(writer, "orgSlug", OrgSlug);
            WriteStrings(writer, "orgPermissions", OrgPermissions);
            if (FactorVerificationAge is { } fva)
            {
                writer.WriteStartArray("factorVerificationAge");
                writer.WriteNumberValue(fva.FirstFactorAge);
                writer.WriteNumberValue(fva.SecondFactorAge);
                writer.WriteEndArray();
            }
            else writer.WriteNull("factorVerificationAge");
            writer.WriteBoolean("isAuthenticated", true);
        }
    }

    /// <summary>A signed-out session (<c>signedOutAuthObject</c>): every member null, <see cref="Has"/> false, no token.</summary>
    /// <param name="SessionStatus"><c>pending</c> for a pending session treated as signed out, else null.</param>
    public sealed record SignedOut(string? SessionStatus = null) : AuthObject
    {
        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.SessionToken;

        /// <inheritdoc />
        public override bool IsAuthenticated => false;

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            writer.WriteString("tokenType", TokenType);
            foreach (var name in (string[])["sessionClaims", "sessionId"]) writer.WriteNull(name);
            WriteString(writer, "sessionStatus", SessionStatus);
            foreach (var name in (string[])["userId", "actor", "orgId", "orgRole", "orgSlug", "orgPermissions", "factorVerificationAge"])
                writer.WriteNull(name);
            writer.WriteBoolean("isAuthenticated", false);
        }
    }

    /// <summary>A verified API key (<c>api_key</c>): its id, name, subject, scopes and claims; the subject is the
    /// <see cref="UserId"/> (<c>user_…</c>) or the <see cref="OrgId"/> (<c>org_…</c>).</summary>
    public sealed record ApiKeyAuth : AuthObject
    {
        private readonly string _token;

        internal ApiKeyAuth(string id, string name, string subject, IReadOnlyList<string> scopes, JsonElement? claims, string token)
        {
            Id = id;
            Name = name;
            Subject = subject;
            Scopes = scopes;
            Claims = claims is { ValueKind: not JsonValueKind.Null } c ? c : null;
            _token = token;
        }

        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.ApiKey;

        /// <inheritdoc />
        public override bool IsAuthenticated => true;

        /// <summary>The key's id.</summary>
        public string Id { get; }

        /// <summary>The key's name.</summary>
        public string Name { get; }

        /// <summary>The user or organization the key acts for.</summary>
        public string Subject { get; }

        /// <summary>The key's scopes.</summary>
        public IReadOnlyList<string> Scopes { get; }

        /// <summary>The key's custom claims, or null.</summary>
        public JsonElement? Claims { get; }

        /// <summary>The subject when it is a user (<c>user_…</c>).</summary>
        public string? UserId => Subject.StartsWith("user_", StringComparison.Ordinal) ? Subject : null;

        /// <summary>The subject when it is an organization (<c>org_…</c>).</summary>
        public string? OrgId => Subject.StartsWith("org_", StringComparison.Ordinal) ? Subject : null;

        /// <summary>The key itself.</summary>
        /// <param name="options">Ignored.</param>
        /// <param name="cancellationToken">Ignored.</param>
        public override Aff<Either<ClerkError, Option<string>>> GetToken(GetTokenOptions? options = null, CancellationToken cancellationToken = default) =>
            TokenOf(_token);

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            WriteString(writer, "id", Id);
            WriteString(writer, "subject", Subject);
            WriteStrings(writer, "scopes", Scopes);
            writer.WriteBoolean("isAuthenticated", true);
            writer.WriteString("tokenType", TokenType);
            WriteString(writer, "name", Name);
            WriteJson(writer, "claims", Claims);
            WriteString(writer, "userId", UserId);
            WriteString(writer, "orgId", OrgId);
        }
    }

    /// <summary>A verified machine-to-machine token (<c>m2m_token</c>): the subject is the sending machine.</summary>
    public sealed record M2MTokenAuth : AuthObject
    {
        private readonly string _token;

        internal M2MTokenAuth(string id, string subject, IReadOnlyList<string> scopes, JsonElement? claims, string token)
        {
            Id = id;
            Subject = subject;
            Scopes = scopes;
            Claims = claims is { ValueKind: not JsonValueKind.Null } c ? c : null;
            _token = token;
        }

        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.M2MToken;

        /// <inheritdoc />
        public override bool IsAuthenticated => true;

        /// <summary>The token's id.</summary>
        public string Id { get; }

        /// <summary>The machine that holds the token (<c>mch_…</c>).</summary>
        public string Subject { get; }

        /// <summary>The machines the token may call.</summary>
        public IReadOnlyList<string> Scopes { get; }

        /// <summary>The token's custom claims, or null.</summary>
        public JsonElement? Claims { get; }

        /// <summary>The sending machine: the <see cref="Subject"/>.</summary>
        public string MachineId => Subject;

        /// <summary>The token itself.</summary>
        /// <param name="options">Ignored.</param>
        /// <param name="cancellationToken">Ignored.</param>
        public override Aff<Either<ClerkError, Option<string>>> GetToken(GetTokenOptions? options = null, CancellationToken cancellationToken = default) =>
            TokenOf(_token);

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            WriteString(writer, "id", Id);
            WriteString(writer, "subject", Subject);
            WriteStrings(writer, "scopes", Scopes);
            writer.WriteBoolean("isAuthenticated", true);
            writer.WriteString("tokenType", TokenType);
            WriteJson(writer, "claims", Claims);
            WriteString(writer, "machineId", MachineId);
        }
    }

    /// <summary>A verified OAuth access token (<c>oauth_token</c>): the subject is the user, with the OAuth client.</summary>
    public sealed record OAuthTokenAuth : AuthObject
    {
        private readonly string _token;

        internal OAuthTokenAuth(string id, string subject, IReadOnlyList<string> scopes, string clientId, string token)
        {
            Id = id;
            Subject = subject;
            Scopes = scopes;
            ClientId = clientId;
            _token = token;
        }

        /// <inheritdoc />
        public override string TokenType => Tokens.TokenType.OAuthToken;

        /// <inheritdoc />
        public override bool IsAuthenticated => true;

        /// <summary>The token's id.</summary>
        public string Id { get; }

        /// <summary>The user the token acts for.</summary>
        public string Subject { get; }

        /// <summary>The granted scopes.</summary>
        public IReadOnlyList<string> Scopes { get; }

        /// <summary>The OAuth application's client id.</summary>
        public string ClientId { get; }

        /// <summary>The user: the <see cref="Subject"/>.</summary>
        public string UserId => Subject;

        /// <summary>The token itself.</summary>
        /// <param name="options">Ignored.</param>
        /// <param name="cancellationToken">Ignored.</param>
        public override Aff<Either<ClerkError, Option<string>>> GetToken(GetTokenOptions? options = null, CancellationToken cancellationToken = default) =>
            TokenOf(_token);

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            WriteString(writer, "id", Id);
            WriteString(writer, "subject", Subject);
            WriteStrings(writer, "scopes", Scopes);
            writer.WriteBoolean("isAuthenticated", true);
            writer.WriteString("tokenType", TokenType);
            WriteString(writer, "userId", UserId);
            WriteString(writer, "clientId", ClientId);
        }
    }

    /// <summary>A machine token that was not verified (<c>unauthenticatedMachineObject</c>): every member of its kind is
    /// null (<c>id</c>, <c>subject</c>, <c>scopes</c>, and <c>name</c>/<c>claims</c>/<c>userId</c>/<c>orgId</c> for API
    /// keys, <c>claims</c>/<c>machineId</c> for M2M tokens, <c>userId</c>/<c>clientId</c> for OAuth tokens).</summary>
    /// <param name="Kind">The token type that was expected.</param>
    public sealed record UnauthenticatedMachine(MachineTokenKind Kind) : AuthObject
    {
        /// <inheritdoc />
        public override string TokenType => Kind.ToTokenType();

        /// <inheritdoc />
        public override bool IsAuthenticated => false;

        /// <summary>The member names of this kind of object (all null here), in <c>@clerk/backend</c>'s order.</summary>
        public IReadOnlyList<string> NullMembers => Kind switch
        {
            MachineTokenKind.ApiKey => ["id", "subject", "scopes", "name", "claims", "userId", "orgId"],
            MachineTokenKind.M2MToken => ["id", "subject", "scopes", "claims", "machineId"],
            _ => ["id", "subject", "scopes", "userId", "clientId"],
        };

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            foreach (var name in NullMembers) writer.WriteNull(name);
            writer.WriteBoolean("isAuthenticated", false);
            writer.WriteString("tokenType", TokenType);
        }
    }

    /// <summary>A token whose type the request did not accept (<c>invalidTokenAuthObject</c>): token type null.</summary>
    public sealed record InvalidToken : AuthObject
    {
        /// <summary>The one value.</summary>
        public static InvalidToken Instance { get; } = new();

        /// <inheritdoc />
        public override string? TokenType => null;

        /// <inheritdoc />
        public override bool IsAuthenticated => false;

        private protected override void WriteMembers(Utf8JsonWriter writer)
        {
            writer.WriteBoolean("isAuthenticated", false);
            writer.WriteNull("tokenType");
        }
    }
}
