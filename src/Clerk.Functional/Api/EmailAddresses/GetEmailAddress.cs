using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EmailAddresses;

public static partial class EmailAddressesRequests
{
    /// <summary><c>GET /email_addresses/{id}</c>.</summary>
    /// <param name="emailAddressId">The id.</param>
    public static Either<ClerkError, ApiCall<EmailAddress>> GetEmailAddress(string emailAddressId) =>
        ApiCall.Of(HttpVerb.Get, EmailAddresses.ThenId(emailAddressId), Decode.Json(Ctx.EmailAddress));
}

public sealed partial class EmailAddressesApi
{
    /// <summary><c>GET /email_addresses/{id}</c>: one email address.</summary>
    /// <param name="emailAddressId">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, EmailAddress>> GetEmailAddress(string emailAddressId, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailAddressesRequests.GetEmailAddress(emailAddressId), cancellationToken);
}
