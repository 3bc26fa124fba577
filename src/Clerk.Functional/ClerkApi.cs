using System.Net.Http;
using Clerk.Functional.Api.AllowlistIdentifiers;
using Clerk.Functional.Api.ApiKeys;
using Clerk.Functional.Api.BlocklistIdentifiers;
using Clerk.Functional.Api.WaitlistEntries;
using Clerk.Functional.Api.Sessions;
using Clerk.Functional.Api.Invitations;
using Clerk.Functional.Api.AgentTasks;
using Clerk.Functional.Api.Billing;
using Clerk.Functional.Api.Jwks;
using Clerk.Functional.Api.ProxyChecks;
using Clerk.Functional.Api.BetaFeatures;
using Clerk.Functional.Api.SignUps;
using Clerk.Functional.Api.AccountlessApplications;
using Clerk.Functional.Api.EmailAddresses;
using Clerk.Functional.Api.PhoneNumbers;
using Clerk.Functional.Api.RedirectUrls;
using Clerk.Functional.Api.SignInTokens;
using Clerk.Functional.Api.ActorTokens;
using Clerk.Functional.Api.TestingTokens;
using Clerk.Functional.Api.IdPOAuthAccessToken;
using Clerk.Functional.Api.M2M;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Api.Clients;
using Clerk.Functional.Api.Domains;
using Clerk.Functional.Api.JwtTemplates;
using Clerk.Functional.Api.Webhooks;
using Clerk.Functional.Api.Emails;
using Clerk.Functional.Api.Instance;
using Clerk.Functional.Api.Organizations;
using Clerk.Functional.Api.Machines;
using Clerk.Functional.Api.OAuthApplications;
using Clerk.Functional.Api.OrganizationPermissions;
using Clerk.Functional.Api.OrganizationRoles;
using Clerk.Functional.Api.RoleSets;
using Clerk.Functional.Api.EnterpriseConnections;
using Clerk.Functional.Api.SamlConnections;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using Clerk.Functional.Tokens;
using Clerk.Functional.Transport;

using static LanguageExt.Prelude;

namespace Clerk.Functional;

/// <summary>
/// The functional Clerk client, the counterpart of <c>createClerkClient(options)</c>: every sub-API over one runner.
/// Methods return <c>Aff&lt;Either&lt;ClerkError, T&gt;&gt;</c> effects; nothing is sent until an effect runs.
/// Requests go through retries (<see cref="ClerkClientOptions.Retry"/>), optional rate limiting
/// (<see cref="ClerkClientOptions.RateLimit"/>) and tracing (<see cref="ClerkDiagnostics"/>) before the transport.
/// </summary>
public sealed class ClerkApi
{
    private static readonly Lazy<ClerkApi> LazyDefault = new(() => new ClerkApi(ClerkClientOptions.FromEnvironment()));

    private readonly TokenBucket? _bucket;
    private readonly TimeProvider _time;

    /// <summary>Creates a client that sends through the live HTTP transport (the shared pooled <see cref="HttpClient"/>
    /// unless one is given). Options are validated per request: a bad option is a <c>Configuration</c> error, never an exception.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="httpClient">An existing client, e.g. from <c>IHttpClientFactory</c>.</param>
    public ClerkApi(ClerkClientOptions options, HttpClient? httpClient = null)
        : this(options, new HttpRunner(options, httpClient))
    {
    }

    /// <summary>Creates a client that sends through a message handler (e.g. from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The client options.</param>
    /// <param name="handler">The handler; not disposed by the client.</param>
    public ClerkApi(ClerkClientOptions options, HttpMessageHandler handler)
        : this(options, new HttpRunner(options, handler))
    {
    }

    /// <summary>Creates a client over any transport (a fake, an in-memory backend, a custom HTTP runner). Retries,
    /// rate limiting and tracing from the options are applied around it.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="transport">The runner that sends each attempt.</param>
    /// <param name="time">The clock for retry waits and rate limiting; the system clock when null.</param>
    public ClerkApi(ClerkClientOptions options, IClerkRunner transport, TimeProvider? time = null)
        : this(options, transport, options.RateLimit is { } limit && limit.Requests > 0 && limit.Window > TimeSpan.Zero
            ? new TokenBucket(limit, time) : null, time ?? TimeProvider.System)
    {
    }

    private ClerkApi(ClerkClientOptions options, IClerkRunner transport, TokenBucket? bucket, TimeProvider time)
    {
        Options = options;
        Transport = transport;
        _bucket = bucket;
        _time = time;
        Runner = Compose(transport, options.Retry, bucket, time);
        Users = new UsersApi(Runner);
        Tokens = new TokenVerifier(KeySetTransport, time);
        ApiKeys = new ApiKeysApi(Runner);
        M2M = new M2MApi(Runner, (token, ct) =>
            MachineTokens.VerifyM2MJwt(token, Tokens, WithClientDefaults(new VerifyTokenOptions()), time.GetUtcNow(), ct));
        IdPOAuthAccessToken = new IdPOAuthAccessTokenApi(Runner);
        AllowlistIdentifiers = new AllowlistIdentifiersApi(Runner);
        BlocklistIdentifiers = new BlocklistIdentifiersApi(Runner);
        RedirectUrls = new RedirectUrlsApi(Runner);
        SignInTokens = new SignInTokensApi(Runner);
        ActorTokens = new ActorTokensApi(Runner);
        TestingTokens = new TestingTokensApi(Runner);
        EmailAddresses = new EmailAddressesApi(Runner);
        PhoneNumbers = new PhoneNumbersApi(Runner);
        Invitations = new InvitationsApi(Runner);
        WaitlistEntries = new WaitlistEntriesApi(Runner);
        AgentTasks = new AgentTasksApi(Runner);
        Billing = new BillingApi(Runner);
        Jwks = new JwksApi(Runner);
        ProxyChecks = new ProxyChecksApi(Runner);
        BetaFeatures = new BetaFeaturesApi(Runner);
        SignUps = new SignUpsApi(Runner);
        AccountlessApplications = new AccountlessApplicationsApi(Runner);
        Sessions = new SessionsApi(Runner);
        Clients = new ClientsApi(Runner);
        Domains = new DomainsApi(Runner);
        JwtTemplates = new JwtTemplatesApi(Runner);
        Webhooks = new WebhooksApi(Runner);
        Emails = new EmailsApi(Runner);
        Instance = new InstanceApi(Runner);
        Organizations = new OrganizationsApi(Runner);
        Machines = new MachinesApi(Runner);
        OAuthApplications = new OAuthApplicationsApi(Runner);
        OrganizationPermissions = new OrganizationPermissionsApi(Runner);
        OrganizationRoles = new OrganizationRolesApi(Runner);
        RoleSets = new RoleSetsApi(Runner);
        EnterpriseConnections = new EnterpriseConnectionsApi(Runner);
#pragma warning disable CS0618 // samlConnections is deprecated, as in @clerk/backend; it stays mounted
        SamlConnections = new SamlConnectionsApi(Runner);
#pragma warning restore CS0618
    }

    /// <summary>A client configured from the <c>CLERK_*</c> environment variables, built on first use.</summary>
    public static ClerkApi Default => LazyDefault.Value;

    /// <summary>The options the client was built with.</summary>
    public ClerkClientOptions Options { get; }

    /// <summary>The transport that sends each attempt.</summary>
    public IClerkRunner Transport { get; }

    /// <summary>The runner every sub-API sends through: retries around rate limiting around tracing around the transport.</summary>
    public IClerkRunner Runner { get; }

    /// <summary>The <c>users</c> sub-API.</summary>
    public UsersApi Users { get; }

    /// <summary>The <c>apiKeys</c> sub-API.</summary>
    public ApiKeysApi ApiKeys { get; }

    /// <summary>The <c>m2m</c> sub-API.</summary>
    public M2MApi M2M { get; }

    /// <summary>The <c>idPOAuthAccessToken</c> sub-API.</summary>
    public IdPOAuthAccessTokenApi IdPOAuthAccessToken { get; }

    /// <summary>The <c>allowlistIdentifiers</c> sub-API.</summary>
    public AllowlistIdentifiersApi AllowlistIdentifiers { get; }

    /// <summary>The <c>blocklistIdentifiers</c> sub-API.</summary>
    public BlocklistIdentifiersApi BlocklistIdentifiers { get; }

    /// <summary>The <c>redirectUrls</c> sub-API.</summary>
    public RedirectUrlsApi RedirectUrls { get; }

    /// <summary>The <c>signInTokens</c> sub-API.</summary>
    public SignInTokensApi SignInTokens { get; }

    /// <summary>The <c>actorTokens</c> sub-API.</summary>
    public ActorTokensApi ActorTokens { get; }

    /// <summary>The <c>testingTokens</c> sub-API.</summary>
    public TestingTokensApi TestingTokens { get; }

    /// <summary>The <c>emailAddresses</c> sub-API.</summary>
    public EmailAddressesApi EmailAddresses { get; }

    /// <summary>The <c>phoneNumbers</c> sub-API.</summary>
    public PhoneNumbersApi PhoneNumbers { get; }

    /// <summary>The <c>invitations</c> sub-API.</summary>
    public InvitationsApi Invitations { get; }

    /// <summary>The <c>waitlistEntries</c> sub-API.</summary>
    public WaitlistEntriesApi WaitlistEntries { get; }

    /// <summary>The <c>agentTasks</c> sub-API.</summary>
    public AgentTasksApi AgentTasks { get; }

    /// <summary>The <c>billing</c> sub-API.</summary>
    public BillingApi Billing { get; }

    /// <summary>The <c>jwks</c> sub-API.</summary>
    public JwksApi Jwks { get; }

    /// <summary>The <c>proxyChecks</c> sub-API.</summary>
    public ProxyChecksApi ProxyChecks { get; }

    /// <summary>The <c>betaFeatures</c> sub-API.</summary>
    public BetaFeaturesApi BetaFeatures { get; }

    /// <summary>The <c>signUps</c> sub-API.</summary>
    public SignUpsApi SignUps { get; }

    /// <summary>The <c>__experimental_accountlessApplications</c> sub-API.</summary>
    public AccountlessApplicationsApi AccountlessApplications { get; }

    /// <summary>The <c>sessions</c> sub-API.</summary>
    public SessionsApi Sessions { get; }

    /// <summary>The <c>clients</c> sub-API.</summary>
    public ClientsApi Clients { get; }

    /// <summary>The <c>domains</c> sub-API.</summary>
    public DomainsApi Domains { get; }

    /// <summary>The <c>jwtTemplates</c> sub-API.</summary>
    public JwtTemplatesApi JwtTemplates { get; }

    /// <summary>The <c>webhooks</c> sub-API.</summary>
    public WebhooksApi Webhooks { get; }

    /// <summary>The <c>emails</c> sub-API.</summary>
    public EmailsApi Emails { get; }

    /// <summary>The <c>instance</c> sub-API.</summary>
    public InstanceApi Instance { get; }

    /// <summary>The <c>organizations</c> sub-API.</summary>
    public OrganizationsApi Organizations { get; }

    /// <summary>The <c>machines</c> sub-API.</summary>
    public MachinesApi Machines { get; }

    /// <summary>The <c>oauthApplications</c> sub-API.</summary>
    public OAuthApplicationsApi OAuthApplications { get; }

    /// <summary>The <c>organizationPermissions</c> sub-API.</summary>
    public OrganizationPermissionsApi OrganizationPermissions { get; }

    /// <summary>The <c>organizationRoles</c> sub-API.</summary>
    public OrganizationRolesApi OrganizationRoles { get; }

    /// <summary>The <c>roleSets</c> sub-API.</summary>
    public RoleSetsApi RoleSets { get; }

    /// <summary>The <c>enterpriseConnections</c> sub-API.</summary>
    public EnterpriseConnectionsApi EnterpriseConnections { get; }

    /// <summary>The <c>samlConnections</c> sub-API (deprecated, as in <c>@clerk/backend</c>: use <see cref="EnterpriseConnections"/>).</summary>
    [Obsolete("Use EnterpriseConnections instead.")]
    public SamlConnectionsApi SamlConnections { get; }

    /// <summary>The token verifier of this client, with its own key cache.</summary>
    public TokenVerifier Tokens { get; }

    /// <summary><c>verifyToken</c> with this client's options as defaults (secret key, API URL and version, <c>jwtKey</c>,
    /// audience); set members of <paramref name="options"/> take precedence. Returns the token's claims.</summary>
    /// <param name="token">The session token.</param>
    /// <param name="options">Overrides and extra checks (authorized parties, clock skew, ...).</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    public Aff<Either<TokenVerificationError, System.Text.Json.JsonElement>> VerifyToken(
        string? token, VerifyTokenOptions? options = null, CancellationToken cancellationToken = default) =>
        Tokens.VerifyToken(token, WithClientDefaults(options ?? new VerifyTokenOptions()), cancellationToken);

    /// <summary><c>verifyMachineAuthToken</c>: an API key (<c>ak_</c>), M2M token (<c>mt_</c> or an M2M JWT) or OAuth access
    /// token (<c>oat_</c> or an <c>at+jwt</c> JWT), through this client's Backend API calls or verified locally.</summary>
    /// <param name="token">The token.</param>
    /// <param name="options">Overrides of the key source and claim checks for JWT forms.</param>
    /// <param name="cancellationToken">Cancels a request.</param>
    public Aff<Either<MachineTokenRejection, VerifiedMachineToken>> VerifyMachineAuthToken(
        string token, VerifyTokenOptions? options = null, CancellationToken cancellationToken = default) =>
        Aff(() => new System.Threading.Tasks.ValueTask<Either<MachineTokenRejection, VerifiedMachineToken>>(MachineAuth.Verify(
            token,
            new MachineAuth.Backend(
                (t, ct) => ApiKeys.Verify(t, ct),
                (t, ct) => M2M.Verify(new VerifyM2MTokenParams { Token = t }, ct),
                (t, ct) => IdPOAuthAccessToken.Verify(t, new VerifyOAuthAccessTokenOptions { Audience = WithClientDefaults(options ?? new VerifyTokenOptions()).Audience }, ct),
                Tokens,
                WithClientDefaults(options ?? new VerifyTokenOptions())),
            _time.GetUtcNow(),
            cancellationToken)));

    /// <summary><c>authenticateRequest</c>: signed-in, signed-out or handshake for an incoming request, with this client's keys,
    /// Backend API (JWKS, handshake payload, session refresh, machine-token verification) and clock. Configuration problems
    /// are <see cref="Auth.AuthenticateRequestError"/> values.</summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="options">Request-level options; unset members fall back to this client's options.</param>
    /// <param name="cancellationToken">Cancels Backend API calls.</param>
    public Aff<Either<Auth.AuthenticateRequestError, Auth.RequestState>> AuthenticateRequest(
        Auth.IncomingRequest request, Auth.AuthenticateRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        Aff(() => new System.Threading.Tasks.ValueTask<Either<Auth.AuthenticateRequestError, Auth.RequestState>>(
            Auth.RequestAuthenticator.Authenticate(this, request, options, _time, cancellationToken)));

    private VerifyTokenOptions WithClientDefaults(VerifyTokenOptions o) => o with
    {
        JwtKey = o.JwtKey ?? Options.JwtKey,
        SecretKey = o.SecretKey ?? Options.SecretKey,
        ApiUrl = o.ApiUrl == ClerkClientOptions.DefaultApiUrl ? Options.ApiUrl : o.ApiUrl,
        ApiVersion = o.ApiVersion == ClerkClientOptions.DefaultApiVersion ? Options.ApiVersion : o.ApiVersion,
        Audience = o.Audience.Count == 0 ? Options.Audience : o.Audience,
    };

    // The key set is fetched through this client's transport (traced, rate-limited; the key cache does its own retries)
    // when the scope is the client's own, else over the same HttpClient with the other key.
    private IClerkRunner KeySetTransport(ClerkClientOptions scope)
    {
        var own = scope.SecretKey == Options.SecretKey && scope.ApiUrl.TrimEnd('/') == Options.ApiUrl.TrimEnd('/') && scope.ApiVersion == Options.ApiVersion;
        IClerkRunner transport = new TracingRunner(own ? Transport : Transport is HttpRunner http ? http.WithOptions(scope) : new HttpRunner(scope));
        return _bucket is null ? transport : new RateLimitingRunner(transport, _bucket);
    }

    /// <summary>This client with request-level keys and API URL (those of <c>authenticateRequest</c>'s options), or this
    /// client itself when they add nothing. The live HTTP transport is reused with the new key; a custom transport is
    /// kept as it is.</summary>
    /// <param name="secretKey">A secret key for this request, or null.</param>
    /// <param name="machineSecretKey">A machine secret key for this request, or null.</param>
    /// <param name="apiUrl">An API URL for this request, or null.</param>
    public ClerkApi WithRequestKeys(string? secretKey, string? machineSecretKey, string? apiUrl)
    {
        var options = Options with
        {
            SecretKey = string.IsNullOrEmpty(secretKey) ? Options.SecretKey : secretKey,
            MachineSecretKey = string.IsNullOrEmpty(machineSecretKey) ? Options.MachineSecretKey : machineSecretKey,
            ApiUrl = string.IsNullOrEmpty(apiUrl) ? Options.ApiUrl : apiUrl,
        };
        return options == Options ? this : new(options, Transport is HttpRunner http ? http.WithOptions(options) : Transport, _bucket, _time);
    }

    /// <summary>The same client (same transport, same rate-limit bucket) with another retry policy, for one call or a
    /// group of calls: <c>clerk.WithRetry(RetryPolicy.None).Users.CreateUser(...)</c>.</summary>
    /// <param name="policy">The retry policy.</param>
    public ClerkApi WithRetry(RetryPolicy policy) => new(Options with { Retry = policy }, Transport, _bucket, _time);

    /// <summary>Builds the runner pipeline: retries, then rate limiting (each attempt takes a token), then tracing (one span per attempt).</summary>
    /// <param name="transport">The transport.</param>
    /// <param name="retry">The retry policy.</param>
    /// <param name="bucket">The rate-limit bucket, or null.</param>
    /// <param name="time">The clock.</param>
    public static IClerkRunner Compose(IClerkRunner transport, RetryPolicy retry, TokenBucket? bucket, TimeProvider time)
    {
        IClerkRunner traced = new TracingRunner(transport);
        var limited = bucket is null ? traced : new RateLimitingRunner(traced, bucket);
        return retry.MaxAttempts <= 1 ? limited : new RetryingRunner(limited, retry, time);
    }
}
