using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.PhoneNumbers;

/// <summary>The body of <see cref="PhoneNumbersApi.UpdatePhoneNumber"/>; only set members are sent.</summary>
public sealed record UpdatePhoneNumberParams
{
    /// <summary>Whether it is verified.</summary>
    public bool? Verified { get; init; }

    /// <summary>Whether it is the user's primary phone number.</summary>
    public bool? Primary { get; init; }

    /// <summary>Whether it is kept for second-factor use only.</summary>
    public bool? ReservedForSecondFactor { get; init; }
}

public static partial class PhoneNumbersRequests
{
    /// <summary><c>PATCH /phone_numbers/{id}</c>; nothing set sends no body, as <c>@clerk/backend</c> does.</summary>
    /// <param name="phoneNumberId">The id.</param>
    /// <param name="parameters">What to change.</param>
    public static Either<ClerkError, ApiCall<PhoneNumber>> UpdatePhoneNumber(string phoneNumberId, UpdatePhoneNumberParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Patch, PhoneNumbers.ThenId(phoneNumberId), Decode.Json(Ctx.PhoneNumber), ClerkJson.Body(parameters ?? new UpdatePhoneNumberParams(), Ctx.UpdatePhoneNumberParams));
}

public sealed partial class PhoneNumbersApi
{
    /// <summary><c>PATCH /phone_numbers/{id}</c>: changes its verification or primary status.</summary>
    /// <param name="phoneNumberId">The id.</param>
    /// <param name="parameters">What to change.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PhoneNumber>> UpdatePhoneNumber(string phoneNumberId, UpdatePhoneNumberParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(PhoneNumbersRequests.UpdatePhoneNumber(phoneNumberId, parameters), cancellationToken);
}
