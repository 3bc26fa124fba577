using System;
using System.Linq;
using System.Text.Json;
using LanguageExt;

namespace Clerk.Functional.Errors;

/// <summary>
/// Everything that can go wrong with a Backend API call that a caller can act on. A closed set of cases:
/// <see cref="Api"/>, <see cref="Transport"/>, <see cref="Timeout"/>, <see cref="Undecodable"/>,
/// <see cref="Configuration"/>, <see cref="InvalidArgument"/> and <see cref="TokenVerification"/>. No case ever holds a secret key.
/// </summary>
public abstract record ClerkError
{
    private ClerkError() { }

    /// <summary>A one-line description of the error.</summary>
    public abstract string Message { get; }

    /// <summary>Clerk answered with an error status (HTTP 4xx or 5xx).</summary>
    /// <param name="Status">The HTTP status code.</param>
    /// <param name="StatusText">The HTTP reason phrase, possibly empty.</param>
    /// <param name="Errors">Clerk's error list, empty when the body held none.</param>
    /// <param name="TraceId">The body's <c>clerk_trace_id</c>, else the <c>cf-ray</c> header, else empty.</param>
    /// <param name="RetryAfterSeconds">The <c>Retry-After</c> header in seconds, when present.</param>
    public sealed record Api(int Status, string StatusText, ValueList<ClerkApiError> Errors, string TraceId, int? RetryAfterSeconds)
        : ClerkError
    {
        /// <inheritdoc />
        public override string Message =>
            $"Clerk API error {Status}{(StatusText.Length > 0 ? " " + StatusText : "")}" +
            (Errors.IsEmpty ? "" : ": " + string.Join("; ", Errors.Select(e => $"{e.Code}: {e.LongMessage ?? e.Message}"))) +
            (TraceId.Length > 0 ? $" (trace {TraceId})" : "");

        /// <summary>The first error's code, or null when the body held no error.</summary>
        public string? Code => Errors.IsEmpty ? null : Errors[0].Code;
    }

    /// <summary>The request could not be sent or the response could not be read (DNS, connection refused or reset, TLS).</summary>
    /// <param name="Reason">What failed.</param>
    /// <param name="ExceptionType">The .NET exception type behind it, for diagnostics.</param>
    public sealed record Transport(string Reason, string ExceptionType) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => $"Transport failure: {Reason}";
    }

    /// <summary>No response arrived within the client's time-out (distinct from the caller's cancellation).</summary>
    /// <param name="After">The time-out that elapsed.</param>
    public sealed record Timeout(TimeSpan After) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => $"No response within {After.TotalSeconds:0.###} s";
    }

    /// <summary>A success response whose body was not what the call expects.</summary>
    /// <param name="Status">The HTTP status code.</param>
    /// <param name="Reason">Why it could not be decoded.</param>
    public sealed record Undecodable(int Status, string Reason) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => $"Undecodable response ({Status}): {Reason}";
    }

    /// <summary>The client is configured so that no request can be sent (missing or malformed secret key, bad URL).</summary>
    /// <param name="Reason">What is wrong.</param>
    public sealed record Configuration(string Reason) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => Reason;
    }

    /// <summary>An argument makes the request impossible (an empty identifier, for instance); nothing was sent.</summary>
    /// <param name="Reason">What is wrong.</param>
    public sealed record InvalidArgument(string Reason) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => Reason;
    }

    /// <summary>A token was checked and rejected (<c>m2m.verify</c>, <c>apiKeys.verify</c>, machine tokens):
    /// <c>@clerk/backend</c>'s reason or machine error code, message and, for Backend API answers, the status.</summary>
    /// <param name="Error">The verification error.</param>
    public sealed record TokenVerification(Tokens.TokenVerificationError Error) : ClerkError
    {
        /// <inheritdoc />
        public override string Message => Error.FullMessage;
    }

    /// <summary>Folds the closed set of cases into one value.</summary>
    /// <typeparam name="R">The result type.</typeparam>
    /// <param name="api">For <see cref="Api"/>.</param>
    /// <param name="transport">For <see cref="Transport"/>.</param>
    /// <param name="timeout">For <see cref="Timeout"/>.</param>
    /// <param name="undecodable">For <see cref="Undecodable"/>.</param>
    /// <param name="configuration">For <see cref="Configuration"/>.</param>
    /// <param name="invalidArgument">For <see cref="InvalidArgument"/>.</param>
    /// <param name="tokenVerification">For <see cref="TokenVerification"/>.</param>
    public R Match<R>(
        Func<Api, R> api,
        Func<Transport, R> transport,
        Func<Timeout, R> timeout,
        Func<Undecodable, R> undecodable,
        Func<Configuration, R> configuration,
        Func<InvalidArgument, R> invalidArgument,
        Func<TokenVerification, R> tokenVerification) => this switch
    {
        Api e => api(e),
        Transport e => transport(e),
        Timeout e => timeout(e),
        Undecodable e => undecodable(e),
        Configuration e => configuration(e),
        InvalidArgument e => invalidArgument(e),
        TokenVerification e => tokenVerification(e),
        _ => throw new InvalidOperationException("unreachable: ClerkError is closed"),
    };

    /// <summary>The case and its message, e.g. <c>Api: Clerk API error 404 ...</c>; sealed so that every case prints the same way.</summary>
    public sealed override string ToString() => $"{GetType().Name}: {Message}";
}

/// <summary>One entry of Clerk's error list.</summary>
/// <param name="Code">A stable machine-readable code, e.g. <c>form_identifier_not_found</c>.</param>
/// <param name="Message">A short message.</param>
/// <param name="LongMessage">A longer message, when given.</param>
/// <param name="Meta">Extra details, when given.</param>
public sealed record ClerkApiError(string Code, string Message, string? LongMessage, ClerkApiErrorMeta Meta);

/// <summary>The <c>meta</c> object of a Clerk error, with the members Clerk documents and the raw JSON.</summary>
/// <param name="ParamName">The request parameter the error is about (<c>param_name</c>).</param>
/// <param name="SessionId">A session id (<c>session_id</c>).</param>
/// <param name="EmailAddresses">Email addresses (<c>email_addresses</c>).</param>
/// <param name="Identifiers">Identifiers (<c>identifiers</c>).</param>
/// <param name="Raw">The whole <c>meta</c> object, or an undefined element when absent.</param>
public sealed record ClerkApiErrorMeta(
    string? ParamName,
    string? SessionId,
    ValueList<string> EmailAddresses,
    ValueList<string> Identifiers,
    JsonElement Raw)
{
    /// <summary>No meta.</summary>
    public static readonly ClerkApiErrorMeta Empty = new(null, null, [], [], default);

    /// <inheritdoc />
    public bool Equals(ClerkApiErrorMeta? other) =>
        other is not null && ParamName == other.ParamName && SessionId == other.SessionId &&
        EmailAddresses == other.EmailAddresses && Identifiers == other.Identifiers &&
        RawText == other.RawText;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ParamName, SessionId, RawText);

    private string RawText => Raw.ValueKind == JsonValueKind.Undefined ? "" : Raw.GetRawText();
}
