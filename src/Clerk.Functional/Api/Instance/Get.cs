using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Instance;

public static partial class InstanceRequests
{
    /// <summary><c>GET /instance</c>.</summary>
    public static Either<ClerkError, ApiCall<Resources.Instance>> Get() =>
        ApiCall.Of(HttpVerb.Get, InstanceRoute, Decode.Json(Ctx.Instance));
}

public sealed partial class InstanceApi
{
    /// <summary><c>GET /instance</c>: the instance.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Resources.Instance>> Get(CancellationToken cancellationToken = default) =>
        _runner.Run(InstanceRequests.Get(), cancellationToken);
}
