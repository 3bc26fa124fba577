using System.Text.Json;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>The option echo fields of a request state (resolved values; empty strings and false when unset).</summary>
/// <param name="PublishableKey">The publishable key.</param>
/// <param name="ProxyUrl">The resolved proxy URL.</param>
/// <param name="Domain">The satellite domain.</param>
/// <param name="IsSatellite">Whether the app is a satellite.</param>
/// <param name="SignInUrl">The sign-in URL.</param>
/// <param name="SignUpUrl">The sign-up URL.</param>
public sealed record RequestStateEcho(string PublishableKey, string ProxyUrl, string Domain, bool IsSatellite, string SignInUrl, string SignUpUrl)
{
    /// <summary>All empty.</summary>
    public static RequestStateEcho Empty { get; } = new("", "", "", false, "", "");
}

/// <summary>
/// The outcome of <c>authenticateRequest</c>: <see cref="SignedIn"/>, <see cref="SignedOut"/> or <see cref="Handshake"/> (closed).
/// <see cref="Headers"/> are the response headers the host must send. The token is never printed by <see cref="ToString"/>.
/// </summary>
public abstract record RequestState
{
    private protected RequestState(string? tokenType, RequestStateEcho echo, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        TokenType = tokenType;
        Echo = echo;
        RawHeaders = headers;
    }

    /// <summary><c>signed-in</c>, <c>signed-out</c> or <c>handshake</c>.</summary>
    public abstract string Status { get; }

    /// <summary>The reason (null when signed in).</summary>
    public virtual string? Reason => null;

    /// <summary>The message (null when signed in, empty when there is none).</summary>
    public virtual string? Message => null;

    /// <summary>The token kind, or null for a kind the accepted list does not include.</summary>
    public string? TokenType { get; }

    /// <summary>Whether the request is authenticated.</summary>
    public bool IsAuthenticated => this is SignedIn;

    /// <summary>The raw token of a signed-in state.</summary>
    public virtual string? Token => null;

    /// <summary>The option echo fields.</summary>
    public RequestStateEcho Echo { get; }

    /// <summary>The response headers as set, in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RawHeaders { get; }

    /// <summary>The response headers as a Fetch <c>Headers</c> iterates them: names lower-cased, sorted by name, each
    /// <c>set-cookie</c> separate in insertion order, other repeated names joined with <c>, </c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers
    {
        get
        {
            var result = new List<KeyValuePair<string, string>>();
            foreach (var group in RawHeaders.GroupBy(h => h.Key.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (group.Key == "set-cookie") result.AddRange(group.Select(h => new KeyValuePair<string, string>("set-cookie", h.Value)));
                else result.Add(new(group.Key, string.Join(", ", group.Select(h => h.Value))));
            }
            return result;
        }
    }

    /// <summary>The auth object (<c>toAuth()</c>); an error value where the JS SDK throws; a handshake state has none.</summary>
    /// <param name="treatPendingAsSignedOut">Whether a pending session counts as signed out.</param>
    public abstract Either<AuthObjectError, AuthObject> ToAuth(bool treatPendingAsSignedOut = true);

    /// <summary><see cref="ToAuth"/> for C# callers: the auth object, or null with <paramref name="error"/> set.</summary>
    /// <param name="error">The error message when there is no auth object.</param>
    /// <param name="treatPendingAsSignedOut">Whether a pending session counts as signed out.</param>
    public AuthObject? ToAuthOrNull(out string? error, bool treatPendingAsSignedOut = true)
    {
        // Not Match: LanguageExt's Match refuses a null result, and null is the answer here.
        var result = ToAuth(treatPendingAsSignedOut);
        error = (result.Case as AuthObjectError)?.Message;
        return result.Case as AuthObject;
    }

    /// <summary>Status, reason and token type only.</summary>
    public sealed override string ToString() => $"RequestState {{ Status = {Status}, Reason = {Reason}, TokenType = {TokenType} }}";

    /// <summary>A signed-in request: session claims or a verified machine token.</summary>
    public sealed record SignedIn : RequestState
    {
        private readonly string _token;
        private readonly JsonElement? _claims;
        private readonly Tokens.VerifiedMachineToken? _machine;

        internal SignedIn(string tokenType, RequestStateEcho echo, IReadOnlyList<KeyValuePair<string, string>> headers, string token, JsonElement? claims, Tokens.VerifiedMachineToken? machine)
            : base(tokenType, echo, headers)
        {
            _token = token;
            _claims = claims;
            _machine = machine;
        }

        /// <inheritdoc />
        public override string Status => "signed-in";

        /// <inheritdoc />
        public override string? Token => _token;

        /// <summary>The verified session claims (session tokens only).</summary>
        public JsonElement? SessionClaims => _claims;

        /// <inheritdoc />
        public override Either<AuthObjectError, AuthObject> ToAuth(bool treatPendingAsSignedOut = true) =>
            _machine is not null ? Right<AuthObjectError, AuthObject>(AuthObject.FromMachineToken(_machine, _token))
            : AuthObject.FromSessionClaims(_claims ?? default, _token, null, treatPendingAsSignedOut);
    }

    /// <summary>A signed-out request.</summary>
    public sealed record SignedOut : RequestState
    {
        private readonly string _reason;
        private readonly string _message;

        internal SignedOut(string? tokenType, RequestStateEcho echo, IReadOnlyList<KeyValuePair<string, string>> headers, string reason, string message)
            : base(tokenType, echo, headers)
        {
            _reason = reason;
            _message = message;
        }

        /// <inheritdoc />
        public override string Status => "signed-out";

        /// <inheritdoc />
        public override string? Reason => _reason;

        /// <inheritdoc />
        public override string? Message => _message;

        /// <inheritdoc />
        public override Either<AuthObjectError, AuthObject> ToAuth(bool treatPendingAsSignedOut = true) =>
            AuthObject.Unauthenticated(TokenType).ToEither(new AuthObjectError($"Unknown token type: {TokenType}"));
    }

    /// <summary>A request the host must answer with the handshake redirect in <see cref="Headers"/>.</summary>
    public sealed record Handshake : RequestState
    {
        private readonly string _reason;
        private readonly string _message;

        internal Handshake(string tokenType, RequestStateEcho echo, IReadOnlyList<KeyValuePair<string, string>> headers, string reason, string message)
            : base(tokenType, echo, headers)
        {
            _reason = reason;
            _message = message;
        }

        /// <inheritdoc />
        public override string Status => "handshake";

        /// <inheritdoc />
        public override string? Reason => _reason;

        /// <inheritdoc />
        public override string? Message => _message;

        /// <inheritdoc />
        public override Either<AuthObjectError, AuthObject> ToAuth(bool treatPendingAsSignedOut = true) =>
            Left<AuthObjectError, AuthObject>(new AuthObjectError("A handshake state has no auth object."));
    }
}
