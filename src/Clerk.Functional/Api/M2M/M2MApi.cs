using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;
using Clerk.Functional.Tokens;

namespace Clerk.Functional.Api.M2M;

/// <summary>The <c>m2m</c> sub-API (routes without <c>/v1</c>, authorized with the machine secret key when one is
/// configured, else the secret key, or per call): one file per method in this folder.</summary>
public sealed partial class M2MApi
{
    private readonly IClerkRunner _runner;
    private readonly Func<string, CancellationToken, Task<Either<TokenVerificationError, M2MToken>>> _verifyJwt;

    /// <summary>Creates the sub-API.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    /// <param name="verifyJwt">Verifies a JWT-format M2M token locally (with the client's key source and clock).</param>
    public M2MApi(IClerkRunner runner, Func<string, CancellationToken, Task<Either<TokenVerificationError, M2MToken>>> verifyJwt)
    {
        _runner = runner;
        _verifyJwt = verifyJwt;
    }
}

/// <summary>The pure request descriptions of the <c>m2m</c> sub-API.</summary>
public static partial class M2MRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route Tokens = Route.Of("m2m_tokens");

    private static RequestFlags Flags(string? machineSecretKey) =>
        new RequestFlags(SkipApiVersionInUrl: true, Authorization: RequestKey.MachineSecretKey).WithBearer(machineSecretKey);

    private static readonly Decoder<PaginatedResourceResponse<M2MToken>> Page =
        response => Decode.Json(Ctx.M2MTokenPage)(response).Bind(page => page.M2MTokens is { } tokens && tokens.All(t => t is not null)
            ? Prelude.Right<ClerkError, PaginatedResourceResponse<M2MToken>>(new PaginatedResourceResponse<M2MToken>(tokens.AsReadOnly(), page.TotalCount ?? tokens.Count))
            : Prelude.Left<ClerkError, PaginatedResourceResponse<M2MToken>>(new ClerkError.Undecodable(response.Status, "expected \"m2m_tokens\"")));
}
