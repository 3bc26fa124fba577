using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AllowlistIdentifiers;

public static partial class AllowlistIdentifiersRequests
{
    /// <summary><c>DELETE /allowlist_identifiers/{identifier_id}</c>.</summary>
    /// <param name="identifierId">The identifier's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteAllowlistIdentifier(string identifierId) =>
        ApiCall.Of(HttpVerb.Delete, AllowlistIdentifiers.ThenId(identifierId), Decode.Deleted);
}

public sealed partial class AllowlistIdentifiersApi
{
    /// <summary><c>DELETE /allowlist_identifiers/{identifier_id}</c>: removes an identifier.</summary>
    /// <param name="identifierId">The identifier's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteAllowlistIdentifier(string identifierId, CancellationToken cancellationToken = default) =>
        _runner.Run(AllowlistIdentifiersRequests.DeleteAllowlistIdentifier(identifierId), cancellationToken);
}
