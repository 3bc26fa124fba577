using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>DELETE /waitlist_entries/{id}</c>.</summary>
    /// <param name="entryId">The entry's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string entryId) =>
        ApiCall.Of(HttpVerb.Delete, EntryRoute(entryId), Decode.Deleted);
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>DELETE /waitlist_entries/{id}</c>: removes an entry from the waitlist.</summary>
    /// <param name="entryId">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string entryId, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.Delete(entryId), cancellationToken);
}
