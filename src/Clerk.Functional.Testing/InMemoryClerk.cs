using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Clerk.CSharp;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using Clerk.Functional.Testing.Backend;

namespace Clerk.Functional.Testing;

/// <summary>How an <see cref="InMemoryClerk"/> is set up. Every member has a default.</summary>
public sealed record InMemoryClerkOptions
{
    /// <summary>The secret key requests over HTTP must carry (<c>Authorization: Bearer ...</c>); a random <c>sk_test_</c> key when null.</summary>
    public string? SecretKey { get; init; }

    /// <summary>The Frontend API host the publishable key names and session tokens are issued by.</summary>
    public string FrontendApi { get; init; } = "clerk.emulator.localhost";

    /// <summary>The clock for timestamps and token times; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Seeds the ids: two backends with the same seed hand out the same ids in the same order.</summary>
    public string IdSeed { get; init; } = "clerk-emulator";
}

/// <summary>A session the in-memory Clerk opened for a user, with a session token signed by its key.</summary>
/// <param name="SessionId">The session's id (<c>sid</c>).</param>
/// <param name="UserId">The user's id (<c>sub</c>).</param>
/// <param name="OrganizationId">The active organization, if any.</param>
/// <param name="Token">The session token (a JWT).</param>
public sealed record SignedInSession(string SessionId, string UserId, string? OrganizationId, string Token)
{
    /// <summary>The ids, with the token left out.</summary>
    public override string ToString() => $"SignedInSession {{ SessionId = {SessionId}, UserId = {UserId}, OrganizationId = {OrganizationId}, Token = (redacted) }}";
}

/// <summary>
/// A stateful in-memory Clerk Backend API: users, email addresses, phone numbers, organizations with memberships,
/// invitations and metadata, invitations, allow- and blocklists, sessions with their tokens, and <c>GET /v1/jwks</c>
/// with its own RSA key. Use it as a runner (<see cref="Runner"/>), as an HTTP message handler (<see cref="CreateHandler"/>,
/// which checks the secret key like Clerk), or over loopback HTTP (<see cref="StartServerAsync"/>). A route it does not
/// serve answers 501 with a Clerk-shaped error naming the route (<see cref="Routes"/> lists those it serves). Thread-safe.
/// </summary>
public sealed class InMemoryClerk : IDisposable
{
    /// <summary>The instance id in the resources that carry one.</summary>
    public const string InstanceId = "ins_emulator";

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly string _seed;
    private readonly SessionTokenSigner _signer;
    private State _state = State.Empty;

    /// <summary>Creates an empty backend.</summary>
    /// <param name="options">Keys, clock and id seed; defaults when null.</param>
    public InMemoryClerk(InMemoryClerkOptions? options = null)
    {
        options ??= new InMemoryClerkOptions();
        SecretKey = options.SecretKey ?? "sk_test_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        if (!SecretKey.StartsWith("sk_test_", StringComparison.Ordinal) && !SecretKey.StartsWith("sk_live_", StringComparison.Ordinal))
            throw new ArgumentException("The secret key must start with sk_test_ or sk_live_.", nameof(options));
        FrontendApi = options.FrontendApi;
        PublishableKey = (SecretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "pk_live_" : "pk_test_") +
                         Convert.ToBase64String(Encoding.UTF8.GetBytes(FrontendApi + "$"));
        _time = options.Time ?? TimeProvider.System;
        _seed = options.IdSeed;
        _signer = new SessionTokenSigner("ins_emulator_key_1", "https://" + FrontendApi);
    }

    /// <summary>The secret key HTTP requests must carry.</summary>
    public string SecretKey { get; }

    /// <summary>The publishable key that names <see cref="FrontendApi"/>.</summary>
    public string PublishableKey { get; }

    /// <summary>The Frontend API host (the issuer of session tokens is <c>https://</c> and this).</summary>
    public string FrontendApi { get; }

    /// <summary>The public key of session tokens as PEM: the <c>JwtKey</c> for networkless verification.</summary>
    public string JwtKey => _signer.PublicKeyPem;

    /// <summary>The routes served, <c>METHOD /v1/template</c> each.</summary>
    public static IReadOnlyList<string> Routes => Router.Served;

    /// <summary>Client options for this backend: its keys and the given API URL (an unroutable placeholder when used with
    /// <see cref="CreateHandler"/>, which never opens a socket).</summary>
    /// <param name="apiUrl">The Backend API root, e.g. a server's <see cref="InMemoryClerkServer.BaseUrl"/>.</param>
    public ClerkClientOptions ClientOptions(string apiUrl = "http://clerk.in-memory.invalid") =>
        new() { SecretKey = SecretKey, PublishableKey = PublishableKey, ApiUrl = apiUrl };

    /// <summary>Answers one HTTP-level request: 401 unless it carries <c>Bearer</c> and the secret key.</summary>
    /// <param name="request">The request.</param>
    public BackendResponse Handle(BackendRequest request) =>
        request.Authorization == "Bearer " + SecretKey ? Apply(request) : ClerkErrors.Unauthorized();

    private BackendResponse Apply(BackendRequest request)
    {
        lock (_gate)
        {
            var context = new Context(_time.GetUtcNow().ToUnixTimeMilliseconds(), _seed, _signer);
            var outcome = Router.Handle(_state, request, context);
            _state = outcome.State;
            return outcome.Response;
        }
    }

    /// <summary>The backend as a runner, the fake interpreter of request descriptions: no HTTP and no key check
    /// (descriptions carry no keys), the same state and answers.</summary>
    public IClerkRunner Runner => new InMemoryRunner(this);

    /// <summary>A message handler that answers from this backend without a socket, checking the secret key as Clerk does.
    /// Pass it to <c>new ClerkApi(clerk.ClientOptions(), handler)</c> or to an <see cref="HttpClient"/>.</summary>
    public HttpMessageHandler CreateHandler() => new InMemoryClerkHandler(this);

    /// <summary>A core client that sends through <see cref="CreateHandler"/> (the live HTTP pipeline, no socket).</summary>
    public ClerkApi CreateApi() => new(ClientOptions(), CreateHandler());

    /// <summary>A facade client that sends through <see cref="CreateHandler"/>.</summary>
    public ClerkClient CreateClient() => new(CreateApi());

    /// <summary>Serves this backend over HTTP on 127.0.0.1.</summary>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public Task<InMemoryClerkServer> StartServerAsync(int port = 0, CancellationToken cancellationToken = default) =>
        InMemoryClerkServer.StartAsync(this, port, cancellationToken);

    /// <summary>Opens a session for a user, as a sign-in would, and returns it with a session token: the user's id, the
    /// session, and with <paramref name="organizationId"/> the organization with the member's role. Permissions beyond the
    /// role's (<c>org:feature:permission</c>) can be added for <c>Has()</c> checks.</summary>
    /// <param name="userId">The user; must exist and not be banned.</param>
    /// <param name="organizationId">The active organization (id or slug); the user must be a member.</param>
    /// <param name="permissions">Extra organization permissions for the token.</param>
    /// <param name="authorizedParty">The token's <c>azp</c>.</param>
    /// <param name="lifetime">The token's lifetime (60 seconds when null).</param>
    /// <exception cref="InvalidOperationException">The user does not exist, is banned, or is not a member of the organization.</exception>
    public SignedInSession SignIn(string userId, string? organizationId = null, IReadOnlyList<string>? permissions = null,
        string? authorizedParty = null, TimeSpan? lifetime = null)
    {
        lock (_gate)
        {
            var context = new Context(_time.GetUtcNow().ToUnixTimeMilliseconds(), _seed, _signer);
            var (next, session, error) = Sessions.Open(_state, userId, organizationId, context);
            if (error is not null) throw new InvalidOperationException($"Cannot sign {userId} in: {JsonNode.Parse(error.Body)!["errors"]![0]!["long_message"]}");
            _state = next;
            var claims = Sessions.ClaimsOf(next, session!, lifetime ?? TimeSpan.FromSeconds(60))!;
            claims = claims with
            {
                Permissions = [.. claims.Permissions, .. (permissions ?? []).Where(p => !claims.Permissions.Contains(p))],
                AuthorizedParty = authorizedParty,
            };
            return new SignedInSession(session!.Id, userId, claims.OrganizationId, SignSessionToken(claims));
        }
    }

    /// <summary>Signs any session claims with this backend's key (the state is not consulted: the session need not exist).</summary>
    /// <param name="claims">The claims.</param>
    public string SignSessionToken(SessionTokenClaims claims) =>
        _signer.Sign(SessionTokenSigner.Claims(claims, _signer.Issuer, _time.GetUtcNow().ToUnixTimeSeconds()));

    /// <summary>Forgets every user, organization, session and the rest (the keys stay).</summary>
    public void Reset()
    {
        lock (_gate) _state = State.Empty;
    }

    /// <summary>Releases the signing key.</summary>
    public void Dispose() => _signer.Dispose();

    /// <summary>The keys left out.</summary>
    public override string ToString() => $"InMemoryClerk {{ FrontendApi = {FrontendApi}, SecretKey = (redacted) }}";

    internal BackendResponse HandleTrusted(BackendRequest request) => Apply(request);
}
