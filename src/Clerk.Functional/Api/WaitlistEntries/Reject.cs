using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>POST /waitlist_entries/{id}/reject</c>.</summary>
    /// <param name="entryId">The entry's id.</param>
    public static Either<ClerkError, ApiCall<WaitlistEntry>> Reject(string entryId) =>
        ApiCall.Of(HttpVerb.Post, EntryRoute(entryId).Then("reject"), Decode.Json(Ctx.WaitlistEntry));
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>POST /waitlist_entries/{id}/reject</c>: turns a waitlist entry down.</summary>
    /// <param name="entryId">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, WaitlistEntry>> Reject(string entryId, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.Reject(entryId), cancellationToken);
}
