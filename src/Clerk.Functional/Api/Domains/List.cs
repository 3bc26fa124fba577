using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Domains;

public static partial class DomainsRequests
{
    /// <summary><c>GET /domains</c>.</summary>
    public static Either<ClerkError, ApiCall<PaginatedResourceResponse<Domain>>> List() =>
        ApiCall.Of(HttpVerb.Get, Domains, Decode.PageOrArray(Ctx.PageWireDomain, Ctx.ListDomain));
}

public sealed partial class DomainsApi
{
    /// <summary><c>GET /domains</c>: every domain of the instance, with the total.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, PaginatedResourceResponse<Domain>>> List(CancellationToken cancellationToken = default) =>
        _runner.Run(DomainsRequests.List(), cancellationToken);
}
