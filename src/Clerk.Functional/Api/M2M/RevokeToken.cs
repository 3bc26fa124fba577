using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.M2M;

/// <summary>The token and reason of <see cref="M2MApi.RevokeToken"/>.</summary>
public sealed record RevokeM2MTokenParams
{
    /// <summary>The token's id (in the route).</summary>
    [JsonIgnore]
    public string M2MTokenId { get; init; } = "";

    /// <summary>Why it is revoked; sent as null when not set.</summary>
    public Optional<string?> RevocationReason { get; init; } = new Optional<string?>(null);

    /// <summary>Authorizes this call with this machine secret key instead of the client's.</summary>
    [JsonIgnore]
    public string? MachineSecretKey { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(MachineSecretKey));
}

public static partial class M2MRequests
{
    /// <summary><c>POST /m2m_tokens/{m2m_token_id}/revoke</c>.</summary>
    /// <param name="parameters">The token and reason.</param>
    public static Either<ClerkError, ApiCall<M2MToken>> RevokeToken(RevokeM2MTokenParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, Tokens.ThenId(p.M2MTokenId).Then("revoke"), Decode.Json(Ctx.M2MToken),
            ClerkJson.Body(p, Ctx.RevokeM2MTokenParams), Flags(p.MachineSecretKey)));
}

public sealed partial class M2MApi
{
    /// <summary><c>POST /m2m_tokens/{m2m_token_id}/revoke</c>: revokes a token.</summary>
    /// <param name="parameters">The token and reason.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, M2MToken>> RevokeToken(RevokeM2MTokenParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(M2MRequests.RevokeToken(parameters), cancellationToken);
}
