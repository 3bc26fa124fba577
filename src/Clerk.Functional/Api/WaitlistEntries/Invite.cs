using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

/// <summary>The body of <see cref="WaitlistEntriesApi.Invite"/>; nothing set sends no body.</summary>
public sealed record InviteWaitlistEntryParams
{
    /// <summary>Whether an existing invitation for the address is reused instead of being an error.</summary>
    public bool? IgnoreExisting { get; init; }
}

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>POST /waitlist_entries/{id}/invite</c>.</summary>
    /// <param name="entryId">The entry's id.</param>
    /// <param name="parameters">The options.</param>
    public static Either<ClerkError, ApiCall<WaitlistEntry>> Invite(string entryId, InviteWaitlistEntryParams? parameters = null) =>
        ApiCall.Of(HttpVerb.Post, EntryRoute(entryId).Then("invite"), Decode.Json(Ctx.WaitlistEntry),
            ClerkJson.Body(parameters ?? new InviteWaitlistEntryParams(), Ctx.InviteWaitlistEntryParams));
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>POST /waitlist_entries/{id}/invite</c>: invites someone off the waitlist.</summary>
    /// <param name="entryId">The entry's id.</param>
    /// <param name="parameters">The options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, WaitlistEntry>> Invite(string entryId, InviteWaitlistEntryParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.Invite(entryId, parameters), cancellationToken);
}
