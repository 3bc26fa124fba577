using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.BlocklistIdentifiers;

public static partial class BlocklistIdentifiersRequests
{
    /// <summary><c>DELETE /blocklist_identifiers/{identifier_id}</c>.</summary>
    /// <param name="identifierId">The identifier's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> DeleteBlocklistIdentifier(string identifierId) =>
        ApiCall.Of(HttpVerb.Delete, BlocklistIdentifiers.ThenId(identifierId), Decode.Deleted);
}

public sealed partial class BlocklistIdentifiersApi
{
    /// <summary><c>DELETE /blocklist_identifiers/{identifier_id}</c>: removes an identifier.</summary>
    /// <param name="identifierId">The identifier's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> DeleteBlocklistIdentifier(string identifierId, CancellationToken cancellationToken = default) =>
        _runner.Run(BlocklistIdentifiersRequests.DeleteBlocklistIdentifier(identifierId), cancellationToken);
}
