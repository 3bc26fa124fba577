using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.PhoneNumbers;

public static partial class PhoneNumbersRequests
{
    /// <summary><c>DELETE /phone_numbers/{id}</c>.</summary>
    /// <param name="phoneNumberId">The id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeletePhoneNumber(string phoneNumberId) =>
        ApiCall.Of(HttpVerb.Delete, PhoneNumbers.ThenId(phoneNumberId), Decode.Deleted);
}

public sealed partial class PhoneNumbersApi
{
    /// <summary><c>DELETE /phone_numbers/{id}</c>: removes it from its user.</summary>
    /// <param name="phoneNumberId">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeletePhoneNumber(string phoneNumberId, CancellationToken cancellationToken = default) =>
        _runner.Run(PhoneNumbersRequests.DeletePhoneNumber(phoneNumberId), cancellationToken);
}
