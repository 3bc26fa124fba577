using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Domains;

public static partial class DomainsRequests
{
    /// <summary><c>DELETE /domains/{domain_id}</c>.</summary>
    /// <param name="satelliteDomainId">The satellite domain's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string satelliteDomainId) =>
        ApiCall.Of(HttpVerb.Delete, Domains.ThenId(satelliteDomainId), Decode.Deleted);
}

public sealed partial class DomainsApi
{
    /// <summary><c>DELETE /domains/{domain_id}</c>: removes a satellite domain.</summary>
    /// <param name="satelliteDomainId">The satellite domain's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string satelliteDomainId, CancellationToken cancellationToken = default) =>
        _runner.Run(DomainsRequests.Delete(satelliteDomainId), cancellationToken);
}
