using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.PhoneNumbers;

/// <summary>The body of <see cref="PhoneNumbersApi.CreatePhoneNumber"/>.</summary>
public sealed record CreatePhoneNumberParams
{
    /// <summary>The user it belongs to.</summary>
    public required string UserId { get; init; }

    /// <summary>The phone number, in E.164 form.</summary>
    public required string PhoneNumber { get; init; }

    /// <summary>Whether it is verified already.</summary>
    public bool? Verified { get; init; }

    /// <summary>Whether it becomes the user's primary phone number.</summary>
    public bool? Primary { get; init; }

    /// <summary>Whether it is kept for second-factor use only.</summary>
    public bool? ReservedForSecondFactor { get; init; }
}

public static partial class PhoneNumbersRequests
{
    /// <summary><c>POST /phone_numbers</c>.</summary>
    /// <param name="parameters">The new identification.</param>
    public static Either<ClerkError, ApiCall<PhoneNumber>> CreatePhoneNumber(CreatePhoneNumberParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, PhoneNumbers, Decode.Json(Ctx.PhoneNumber), ClerkJson.Body(parameters, Ctx.CreatePhoneNumberParams));
}

public sealed partial class PhoneNumbersApi
{
    /// <summary><c>POST /phone_numbers</c>: adds one to a user.</summary>
    /// <param name="parameters">The new identification.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PhoneNumber>> CreatePhoneNumber(CreatePhoneNumberParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(PhoneNumbersRequests.CreatePhoneNumber(parameters), cancellationToken);
}
