using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Jwks;

public static partial class JwksRequests
{
    /// <summary><c>GET /jwks</c>.</summary>
    public static Either<ClerkError, ApiCall<JwksDocument>> GetJwks() =>
        ApiCall.Of(HttpVerb.Get, Jwks, Decode.Json(Ctx.JwksDocument));
}

public sealed partial class JwksApi
{
    /// <summary><c>GET /jwks</c>: the public keys that verify the instance's session tokens (<c>VerifyToken</c> fetches
    /// and caches them itself).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, JwksDocument>> GetJwks(CancellationToken cancellationToken = default) =>
        _runner.Run(JwksRequests.GetJwks(), cancellationToken);
}
