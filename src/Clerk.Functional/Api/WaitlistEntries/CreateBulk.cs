using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.WaitlistEntries;

public static partial class WaitlistEntriesRequests
{
    /// <summary><c>POST /waitlist_entries/bulk</c> with a JSON array of entries.</summary>
    /// <param name="parameters">The entries.</param>
    public static Either<ClerkError, ApiCall<IReadOnlyList<WaitlistEntry>>> CreateBulk(IReadOnlyList<CreateWaitlistEntryParams>? parameters) =>
        parameters is not null && parameters.Any(p => p is null)
            ? Prelude.Left<ClerkError, ApiCall<IReadOnlyList<WaitlistEntry>>>(new ClerkError.InvalidArgument("An entry of the bulk is null."))
            : ApiCall.Of(HttpVerb.Post, WaitlistEntries.Then("bulk"), Decode.Array(Ctx.ListWaitlistEntry),
                ClerkJson.Body(parameters, Ctx.IReadOnlyListCreateWaitlistEntryParams));
}

public sealed partial class WaitlistEntriesApi
{
    /// <summary><c>POST /waitlist_entries/bulk</c>: many entries in one request.</summary>
    /// <param name="parameters">The entries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, IReadOnlyList<WaitlistEntry>>> CreateBulk(IReadOnlyList<CreateWaitlistEntryParams> parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(WaitlistEntriesRequests.CreateBulk(parameters), cancellationToken);
}
