using System;
using System.Net.Http;
using Clerk.Functional.Options;

namespace Clerk.CSharp;

/// <summary>
/// The Clerk Backend API client for conventional C#: every sub-API as <c>Task</c>-returning methods that return the
/// value or throw a <see cref="ClerkException"/>. A thin facade over the functional <see cref="Functional.ClerkApi"/>
/// (see <see cref="Core"/>); it adds no behaviour of its own. Thread-safe; create one and reuse it.
/// </summary>
public sealed class ClerkClient
{
    private static readonly Lazy<ClerkClient> LazyDefault = new(() => new ClerkClient(Functional.ClerkApi.Default));

    /// <summary>Creates a client that sends through the live HTTP runner. Options are checked per request: a bad option
    /// surfaces as a <see cref="ClerkConfigurationException"/> when a method is called, not here.</summary>
    /// <param name="options">The client options (secret key, API URL, time-out, ...).</param>
    /// <param name="httpClient">An existing client, e.g. from <c>IHttpClientFactory</c>; a shared pooled client when null.</param>
    public ClerkClient(ClerkClientOptions options, HttpClient? httpClient = null)
        : this(new Functional.ClerkApi(options, httpClient))
    {
    }

    /// <summary>Creates a client that sends through a message handler (e.g. from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The client options.</param>
    /// <param name="handler">The handler; not disposed by the client.</param>
    public ClerkClient(ClerkClientOptions options, HttpMessageHandler handler)
        : this(new Functional.ClerkApi(options, handler))
    {
    }

    /// <summary>Wraps an existing functional client, e.g. one built over a fake or decorated runner.</summary>
    /// <param name="core">The functional client whose effects this facade runs.</param>
    public ClerkClient(Functional.ClerkApi core)
    {
        ArgumentNullException.ThrowIfNull(core);
        Core = core;
        Users = new UsersClient(core.Users);
        ApiKeys = new ApiKeysClient(core.ApiKeys);
        M2M = new M2MClient(core.M2M);
        IdPOAuthAccessToken = new IdPOAuthAccessTokenClient(core.IdPOAuthAccessToken);
        AllowlistIdentifiers = new AllowlistIdentifiersClient(core.AllowlistIdentifiers);
        BlocklistIdentifiers = new BlocklistIdentifiersClient(core.BlocklistIdentifiers);
        RedirectUrls = new RedirectUrlsClient(core.RedirectUrls);
        SignInTokens = new SignInTokensClient(core.SignInTokens);
        ActorTokens = new ActorTokensClient(core.ActorTokens);
        TestingTokens = new TestingTokensClient(core.TestingTokens);
        EmailAddresses = new EmailAddressesClient(core.EmailAddresses);
        PhoneNumbers = new PhoneNumbersClient(core.PhoneNumbers);
        Invitations = new InvitationsClient(core.Invitations);
        WaitlistEntries = new WaitlistEntriesClient(core.WaitlistEntries);
        AgentTasks = new AgentTasksClient(core.AgentTasks);
        Billing = new BillingClient(core.Billing);
        Jwks = new JwksClient(core.Jwks);
        ProxyChecks = new ProxyChecksClient(core.ProxyChecks);
        BetaFeatures = new BetaFeaturesClient(core.BetaFeatures);
        SignUps = new SignUpsClient(core.SignUps);
        AccountlessApplications = new AccountlessApplicationsClient(core.AccountlessApplications);
        Sessions = new SessionsClient(core.Sessions);
        Clients = new ClientsClient(core.Clients);
        Domains = new DomainsClient(core.Domains);
        JwtTemplates = new JwtTemplatesClient(core.JwtTemplates);
        Webhooks = new WebhooksClient(core.Webhooks);
        Emails = new EmailsClient(core.Emails);
        Instance = new InstanceClient(core.Instance);
        Organizations = new OrganizationsClient(core.Organizations);
        Machines = new MachinesClient(core.Machines);
        OAuthApplications = new OAuthApplicationsClient(core.OAuthApplications);
        OrganizationPermissions = new OrganizationPermissionsClient(core.OrganizationPermissions);
        OrganizationRoles = new OrganizationRolesClient(core.OrganizationRoles);
        RoleSets = new RoleSetsClient(core.RoleSets);
        EnterpriseConnections = new EnterpriseConnectionsClient(core.EnterpriseConnections);
#pragma warning disable CS0618 // samlConnections is deprecated, as in @clerk/backend; it stays mounted
        SamlConnections = new SamlConnectionsClient(core.SamlConnections);
#pragma warning restore CS0618
    }

    /// <summary>A client configured from the <c>CLERK_*</c> environment variables (wrapping
    /// <see cref="Functional.ClerkApi.Default"/>), built on first use.</summary>
    public static ClerkClient Default => LazyDefault.Value;

    /// <summary>The functional client underneath, for callers that want effects and <c>Either</c> results.</summary>
    public Functional.ClerkApi Core { get; }

    /// <summary>The <c>users</c> sub-API.</summary>
    public UsersClient Users { get; }

    /// <summary>The <c>apiKeys</c> sub-API.</summary>
    public ApiKeysClient ApiKeys { get; }

    /// <summary>The <c>m2m</c> sub-API.</summary>
    public M2MClient M2M { get; }

    /// <summary>The <c>idPOAuthAccessToken</c> sub-API.</summary>
    public IdPOAuthAccessTokenClient IdPOAuthAccessToken { get; }

    /// <summary>The <c>allowlistIdentifiers</c> sub-API.</summary>
    public AllowlistIdentifiersClient AllowlistIdentifiers { get; }

    /// <summary>The <c>blocklistIdentifiers</c> sub-API.</summary>
    public BlocklistIdentifiersClient BlocklistIdentifiers { get; }

    /// <summary>The <c>redirectUrls</c> sub-API.</summary>
    public RedirectUrlsClient RedirectUrls { get; }

    /// <summary>The <c>signInTokens</c> sub-API.</summary>
    public SignInTokensClient SignInTokens { get; }

    /// <summary>The <c>actorTokens</c> sub-API.</summary>
    public ActorTokensClient ActorTokens { get; }

    /// <summary>The <c>testingTokens</c> sub-API.</summary>
    public TestingTokensClient TestingTokens { get; }

    /// <summary>The <c>emailAddresses</c> sub-API.</summary>
    public EmailAddressesClient EmailAddresses { get; }

    /// <summary>The <c>phoneNumbers</c> sub-API.</summary>
    public PhoneNumbersClient PhoneNumbers { get; }

    /// <summary>The <c>invitations</c> sub-API.</summary>
    public InvitationsClient Invitations { get; }

    /// <summary>The <c>waitlistEntries</c> sub-API.</summary>
    public WaitlistEntriesClient WaitlistEntries { get; }

    /// <summary>The <c>agentTasks</c> sub-API.</summary>
    public AgentTasksClient AgentTasks { get; }

    /// <summary>The <c>billing</c> sub-API.</summary>
    public BillingClient Billing { get; }

    /// <summary>The <c>jwks</c> sub-API.</summary>
    public JwksClient Jwks { get; }

    /// <summary>The <c>proxyChecks</c> sub-API.</summary>
    public ProxyChecksClient ProxyChecks { get; }

    /// <summary>The <c>betaFeatures</c> sub-API.</summary>
    public BetaFeaturesClient BetaFeatures { get; }

    /// <summary>The <c>signUps</c> sub-API.</summary>
    public SignUpsClient SignUps { get; }

    /// <summary>The <c>__experimental_accountlessApplications</c> sub-API.</summary>
    public AccountlessApplicationsClient AccountlessApplications { get; }

    /// <summary>The <c>sessions</c> sub-API.</summary>
    public SessionsClient Sessions { get; }

    /// <summary>The <c>clients</c> sub-API.</summary>
    public ClientsClient Clients { get; }

    /// <summary>The <c>domains</c> sub-API.</summary>
    public DomainsClient Domains { get; }

    /// <summary>The <c>jwtTemplates</c> sub-API.</summary>
    public JwtTemplatesClient JwtTemplates { get; }

    /// <summary>The <c>webhooks</c> sub-API.</summary>
    public WebhooksClient Webhooks { get; }

    /// <summary>The <c>emails</c> sub-API.</summary>
    public EmailsClient Emails { get; }

    /// <summary>The <c>instance</c> sub-API.</summary>
    public InstanceClient Instance { get; }

    /// <summary>The <c>organizations</c> sub-API.</summary>
    public OrganizationsClient Organizations { get; }

    /// <summary>The <c>machines</c> sub-API.</summary>
    public MachinesClient Machines { get; }

    /// <summary>The <c>oauthApplications</c> sub-API.</summary>
    public OAuthApplicationsClient OAuthApplications { get; }

    /// <summary>The <c>organizationPermissions</c> sub-API.</summary>
    public OrganizationPermissionsClient OrganizationPermissions { get; }

    /// <summary>The <c>organizationRoles</c> sub-API.</summary>
    public OrganizationRolesClient OrganizationRoles { get; }

    /// <summary>The <c>roleSets</c> sub-API.</summary>
    public RoleSetsClient RoleSets { get; }
    /// <summary>The <c>enterpriseConnections</c> sub-API.</summary>
    public EnterpriseConnectionsClient EnterpriseConnections { get; }

    /// <summary>The <c>samlConnections</c> sub-API (deprecated, as in <c>@clerk/backend</c>: use <see cref="EnterpriseConnections"/>).</summary>
    [Obsolete("Use EnterpriseConnections instead.")]
    public SamlConnectionsClient SamlConnections { get; }

    /// <inheritdoc cref="Functional.ClerkApi.VerifyToken"/>
    /// <exception cref="TokenVerificationException">The token was rejected.</exception>
    public System.Threading.Tasks.Task<System.Text.Json.JsonElement> VerifyTokenAsync(
        string? token, Clerk.Functional.Tokens.VerifyTokenOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
        Effects.RunAsync(Core.VerifyToken(token, options, cancellationToken), error => new TokenVerificationException(error));

    /// <inheritdoc cref="Functional.ClerkApi.VerifyMachineAuthToken"/>
    /// <exception cref="TokenVerificationException">The token was rejected.</exception>
    public async System.Threading.Tasks.Task<Clerk.Functional.Tokens.VerifiedMachineToken> VerifyMachineAuthTokenAsync(
        string token, Clerk.Functional.Tokens.VerifyTokenOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
        await Effects.RunAsync(Core.VerifyMachineAuthToken(token, options, cancellationToken), rejection => new TokenVerificationException(rejection.Error))
            .ConfigureAwait(false);

    /// <summary><c>authenticateRequest</c> for an incoming request given as an <see cref="HttpRequestMessage"/>:
    /// the request state (signed in, signed out or handshake) with the headers to send back; <c>ToAuthOrNull</c>
    /// and <c>Has</c> on the result need no LanguageExt types.</summary>
    /// <param name="request">The incoming request (absolute URL, headers, cookies).</param>
    /// <param name="options">Request-level options; unset members fall back to the client's.</param>
    /// <param name="cancellationToken">Cancels Backend API calls.</param>
    /// <exception cref="AuthenticateRequestException">The options or the request make authentication impossible.</exception>
    public System.Threading.Tasks.Task<Clerk.Functional.Auth.RequestState> AuthenticateRequestAsync(
        HttpRequestMessage request, Clerk.Functional.Auth.AuthenticateRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
        AuthenticateAsync(Clerk.Functional.Auth.IncomingRequest.From(request), options, cancellationToken);

    /// <summary><c>authenticateRequest</c> for an incoming request given as method, absolute URL and headers (the
    /// <c>cookie</c> header included).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="url">The absolute URL.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="options">Request-level options; unset members fall back to the client's.</param>
    /// <param name="cancellationToken">Cancels Backend API calls.</param>
    /// <exception cref="AuthenticateRequestException">The options or the request make authentication impossible.</exception>
    public System.Threading.Tasks.Task<Clerk.Functional.Auth.RequestState> AuthenticateRequestAsync(
        string method, string url, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> headers,
        Clerk.Functional.Auth.AuthenticateRequestOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
        AuthenticateAsync(Clerk.Functional.Auth.IncomingRequest.From(method, url, headers), options, cancellationToken);

    private System.Threading.Tasks.Task<Clerk.Functional.Auth.RequestState> AuthenticateAsync(
        LanguageExt.Either<Clerk.Functional.Auth.AuthenticateRequestError, Clerk.Functional.Auth.IncomingRequest> request,
        Clerk.Functional.Auth.AuthenticateRequestOptions? options, System.Threading.CancellationToken cancellationToken) =>
        request.Match(
            Right: r => Effects.RunAsync(Core.AuthenticateRequest(r, options, cancellationToken), error => new AuthenticateRequestException(error)),
            Left: error => System.Threading.Tasks.Task.FromException<Clerk.Functional.Auth.RequestState>(new AuthenticateRequestException(error)));

    /// <summary>The same client (same transport and rate limit) with another retry policy:
    /// <c>await clerk.WithRetry(RetryPolicy.None).Users.CreateUserAsync(...)</c>.</summary>
    /// <param name="policy">The retry policy.</param>
    public ClerkClient WithRetry(Clerk.Functional.Transport.RetryPolicy policy) => new(Core.WithRetry(policy));
}
