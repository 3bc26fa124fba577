using System;
using System.Collections.Generic;
using Clerk.Functional.Errors;

namespace Clerk.CSharp;

/// <summary>
/// The base of every exception the facade throws: a failed Backend API call (one subclass per <see cref="ClerkError"/>
/// case), a rejected token or webhook, a request that cannot be authenticated, claims that make no auth object, a JWT
/// that cannot be signed. Catch this type to handle any Clerk failure, or a subclass for one kind.
/// Cancellation is not a <see cref="ClerkException"/>: the caller's <see cref="OperationCanceledException"/> is rethrown as is.
/// Messages come from the core error and never contain a secret key.
/// </summary>
public abstract class ClerkException : Exception
{
    private protected ClerkException(ClerkError error)
        : base(error.Message) => Error = error;

    /// <summary>The functional error this exception was thrown for.</summary>
    public ClerkError Error { get; }

    /// <summary>The exception for a core error: <see cref="ClerkApiResponseException"/>, <see cref="ClerkTransportException"/>,
    /// <see cref="ClerkTimeoutException"/>, <see cref="ClerkUndecodableResponseException"/>,
    /// <see cref="ClerkConfigurationException"/> or <see cref="ClerkInvalidArgumentException"/>.</summary>
    /// <param name="error">The error.</param>
    public static ClerkException From(ClerkError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Match<ClerkException>(
            api: e => new ClerkApiResponseException(e),
            transport: e => new ClerkTransportException(e),
            timeout: e => new ClerkTimeoutException(e),
            undecodable: e => new ClerkUndecodableResponseException(e),
            configuration: e => new ClerkConfigurationException(e),
            invalidArgument: e => new ClerkInvalidArgumentException(e),
            tokenVerification: e => new TokenVerificationException(e));
    }
}

/// <summary>Clerk answered with an error status (HTTP 4xx or 5xx); see <see cref="ClerkError.Api"/>.</summary>
public sealed class ClerkApiResponseException : ClerkException
{
    internal ClerkApiResponseException(ClerkError.Api error)
        : base(error)
    {
        Status = error.Status;
        StatusText = error.StatusText;
        TraceId = error.TraceId;
        RetryAfter = error.RetryAfterSeconds;
        Errors = error.Errors;
    }

    /// <summary>The HTTP status code, e.g. 422.</summary>
    public int Status { get; }

    /// <summary>The HTTP reason phrase, possibly empty.</summary>
    public string StatusText { get; }

    /// <summary>Clerk's trace id (<c>clerk_trace_id</c>, else the <c>cf-ray</c> header), or empty. Quote it to Clerk support.</summary>
    public string TraceId { get; }

    /// <summary>The <c>Retry-After</c> header in seconds (sent with 429), when present.</summary>
    public int? RetryAfter { get; }

    /// <summary>Clerk's error list (code, message, long message, meta), empty when the body held none.</summary>
    public IReadOnlyList<ClerkApiError> Errors { get; }

    /// <summary>The first error's code, e.g. <c>form_password_incorrect</c>, when there is one.</summary>
    public string? Code => Errors.Count > 0 ? Errors[0].Code : null;
}

/// <summary>The request could not be sent or the response could not be read (DNS, refused or reset connection, TLS);
/// see <see cref="ClerkError.Transport"/>. Usually worth retrying.</summary>
public sealed class ClerkTransportException : ClerkException
{
    internal ClerkTransportException(ClerkError.Transport error)
        : base(error)
    {
        Reason = error.Reason;
        ExceptionType = error.ExceptionType;
    }

    /// <summary>What failed.</summary>
    public string Reason { get; }

    /// <summary>The name of the .NET exception type behind the failure, for diagnostics.</summary>
    public string ExceptionType { get; }
}

/// <summary>No response arrived within the client's time-out (<c>ClerkClientOptions.Timeout</c>); see
/// <see cref="ClerkError.Timeout"/>. Distinct from the caller's cancellation.</summary>
public sealed class ClerkTimeoutException : ClerkException
{
    internal ClerkTimeoutException(ClerkError.Timeout error)
        : base(error) => Timeout = error.After;

    /// <summary>The time-out that elapsed.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>Clerk answered with success but the body was not what the method expects; see <see cref="ClerkError.Undecodable"/>.</summary>
public sealed class ClerkUndecodableResponseException : ClerkException
{
    internal ClerkUndecodableResponseException(ClerkError.Undecodable error)
        : base(error)
    {
        Status = error.Status;
        Reason = error.Reason;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int Status { get; }

    /// <summary>Why the body could not be decoded.</summary>
    public string Reason { get; }
}

/// <summary>The client is configured so that no request can be sent (missing or malformed secret key, bad URL);
/// nothing was sent. See <see cref="ClerkError.Configuration"/>.</summary>
public sealed class ClerkConfigurationException : ClerkException
{
    internal ClerkConfigurationException(ClerkError.Configuration error)
        : base(error) => Reason = error.Reason;

    /// <summary>What is wrong with the configuration (never quotes a key).</summary>
    public string Reason { get; }
}

/// <summary>An argument makes the request impossible (an empty id, for instance); nothing was sent.
/// See <see cref="ClerkError.InvalidArgument"/>.</summary>
public sealed class ClerkInvalidArgumentException : ClerkException
{
    internal ClerkInvalidArgumentException(ClerkError.InvalidArgument error)
        : base(error) => Reason = error.Reason;

    /// <summary>What is wrong with the arguments.</summary>
    public string Reason { get; }
}
