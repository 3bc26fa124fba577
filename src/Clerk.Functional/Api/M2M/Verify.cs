using System.Threading.Tasks;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;
using Clerk.Functional.Tokens;

namespace Clerk.Functional.Api.M2M;

/// <summary>The token of <see cref="M2MApi.Verify"/>.</summary>
public sealed record VerifyM2MTokenParams
{
    /// <summary>The token: opaque (<c>mt_…</c>) or a JWT whose <c>sub</c> is a machine.</summary>
    public required string Token { get; init; }

    /// <summary>Authorizes this call with this machine secret key instead of the client's (opaque tokens only).</summary>
    public string? MachineSecretKey { get; init; }

    /// <summary>Never shows the token or the key.</summary>
    public override string ToString() => "VerifyM2MTokenParams { Token = (redacted) }";
}

public static partial class M2MRequests
{
    /// <summary><c>POST /m2m_tokens/verify</c> with <c>{"token": ...}</c> (for an opaque token).</summary>
    /// <param name="parameters">The token.</param>
    public static Either<ClerkError, ApiCall<M2MToken>> Verify(VerifyM2MTokenParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, Tokens.Then("verify"), Decode.Json(Ctx.M2MToken),
            JsonBody.Strings(("token", p.Token ?? "")), flags: Flags(p.MachineSecretKey)));
}

public sealed partial class M2MApi
{
    /// <summary>Verifies an M2M token: a JWT whose <c>sub</c> is a machine is verified locally (no request but, without
    /// <c>jwtKey</c>, the key set); any other token with <c>POST /m2m_tokens/verify</c>. A rejected JWT is
    /// <see cref="ClerkError.TokenVerification"/>.</summary>
    /// <param name="parameters">The token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, M2MToken>> Verify(VerifyM2MTokenParams parameters, CancellationToken cancellationToken = default) =>
        parameters is not null && MachineTokens.IsM2MJwt(parameters.Token)
            ? Prelude.Aff(async () => (await _verifyJwt(parameters.Token, cancellationToken).ConfigureAwait(false))
                .MapLeft(error => (ClerkError)new ClerkError.TokenVerification(error)))
            : _runner.Run(M2MRequests.Verify(parameters), cancellationToken);
}
