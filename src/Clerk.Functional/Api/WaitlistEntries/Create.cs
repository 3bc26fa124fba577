using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

/// <summary>The body of <see cref="WaitlistEntriesApi.Create"/> (and of each entry of <see cref="WaitlistEntriesApi.CreateBulk"/>).</summary>
public sealed record CreateWaitlistEntryParams
{
    /// <summary>Who joins the waitlist.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Whether Clerk emails them a confirmation (default true).</summary>
    public bool? Notify { get; init; }
}

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>POST /waitlist_entries</c>.</summary>
    /// <param name="parameters">The entry.</param>
    public static Either<ClerkError, ApiCall<WaitlistEntry>> Create(CreateWaitlistEntryParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, WaitlistEntries, Decode.Json(Ctx.WaitlistEntry), ClerkJson.Body(parameters, Ctx.CreateWaitlistEntryParams));
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>POST /waitlist_entries</c>: adds someone to the waitlist (idempotent per email address).</summary>
    /// <param name="parameters">The entry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, WaitlistEntry>> Create(CreateWaitlistEntryParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.Create(parameters), cancellationToken);
}
