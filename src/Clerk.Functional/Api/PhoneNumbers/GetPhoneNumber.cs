using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.PhoneNumbers;

public static partial class PhoneNumbersRequests
{
    /// <summary><c>GET /phone_numbers/{id}</c>.</summary>
    /// <param name="phoneNumberId">The id.</param>
    public static Either<ClerkError, ApiCall<PhoneNumber>> GetPhoneNumber(string phoneNumberId) =>
        ApiCall.Of(HttpVerb.Get, PhoneNumbers.ThenId(phoneNumberId), Decode.Json(Ctx.PhoneNumber));
}

public sealed partial class PhoneNumbersApi
{
    /// <summary><c>GET /phone_numbers/{id}</c>: one phone number.</summary>
    /// <param name="phoneNumberId">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PhoneNumber>> GetPhoneNumber(string phoneNumberId, CancellationToken cancellationToken = default) =>
        _runner.Run(PhoneNumbersRequests.GetPhoneNumber(phoneNumberId), cancellationToken);
}
