using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EmailAddresses;

/// <summary>The body of <see cref="EmailAddressesApi.CreateEmailAddress"/>.</summary>
public sealed record CreateEmailAddressParams
{
    /// <summary>The user it belongs to.</summary>
    public required string UserId { get; init; }

    /// <summary>The email address.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Whether it is verified already.</summary>
    public bool? Verified { get; init; }

    /// <summary>Whether it becomes the user's primary email address.</summary>
    public bool? Primary { get; init; }
}

public static partial class EmailAddressesRequests
{
    /// <summary><c>POST /email_addresses</c>.</summary>
    /// <param name="parameters">The new identification.</param>
    public static Either<ClerkError, ApiCall<EmailAddress>> CreateEmailAddress(CreateEmailAddressParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, EmailAddresses, Decode.Json(Ctx.EmailAddress), ClerkJson.Body(parameters, Ctx.CreateEmailAddressParams));
}

public sealed partial class EmailAddressesApi
{
    /// <summary><c>POST /email_addresses</c>: adds one to a user.</summary>
    /// <param name="parameters">The new identification.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EmailAddress>> CreateEmailAddress(CreateEmailAddressParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailAddressesRequests.CreateEmailAddress(parameters), cancellationToken);
}
