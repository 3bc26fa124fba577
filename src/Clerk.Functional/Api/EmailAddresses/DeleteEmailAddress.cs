using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.EmailAddresses;

public static partial class EmailAddressesRequests
{
    /// <summary><c>DELETE /email_addresses/{id}</c>.</summary>
    /// <param name="emailAddressId">The id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteEmailAddress(string emailAddressId) =>
        ApiCall.Of(HttpVerb.Delete, EmailAddresses.ThenId(emailAddressId), Decode.Deleted);
}

public sealed partial class EmailAddressesApi
{
    /// <summary><c>DELETE /email_addresses/{id}</c>: removes it from its user.</summary>
    /// <param name="emailAddressId">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteEmailAddress(string emailAddressId, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailAddressesRequests.DeleteEmailAddress(emailAddressId), cancellationToken);
}
