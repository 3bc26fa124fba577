using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EmailAddresses;

/// <summary>The body of <see cref="EmailAddressesApi.UpdateEmailAddress"/>; only set members are sent.</summary>
public sealed record UpdateEmailAddressParams
{
    /// <summary>Whether it is verified.</summary>
    public bool? Verified { get; init; }

    /// <summary>Whether it is the user's primary email address.</summary>
    public bool? Primary { get; init; }
}

public static partial class EmailAddressesRequests
{
    /// <summary><c>PATCH /email_addresses/{id}</c>; nothing set sends no body, as <c>@clerk/backend</c> does.</summary>
    /// <param name="emailAddressId">The id.</param>
    /// <param name="parameters">What to change.</param>
    public static Either<ClerkError, ApiCall<EmailAddress>> UpdateEmailAddress(string emailAddressId, UpdateEmailAddressParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Patch, EmailAddresses.ThenId(emailAddressId), Decode.Json(Ctx.EmailAddress), ClerkJson.Body(parameters ?? new UpdateEmailAddressParams(), Ctx.UpdateEmailAddressParams));
}

public sealed partial class EmailAddressesApi
{
    /// <summary><c>PATCH /email_addresses/{id}</c>: changes its verification or primary status.</summary>
    /// <param name="emailAddressId">The id.</param>
    /// <param name="parameters">What to change.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EmailAddress>> UpdateEmailAddress(string emailAddressId, UpdateEmailAddressParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailAddressesRequests.UpdateEmailAddress(emailAddressId, parameters), cancellationToken);
}
