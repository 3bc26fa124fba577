using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.M2M;

/// <summary>The body of <see cref="M2MApi.CreateToken"/>. Like <c>@clerk/backend</c>, the lifetime and claims are sent as
/// null and the format as <c>opaque</c> unless set.</summary>
public sealed record CreateM2MTokenParams
{
    /// <summary>Lifetime in seconds; null for the default.</summary>
    public Optional<long?> SecondsUntilExpiration { get; init; } = new Optional<long?>(null);

    /// <summary>Custom claims, sent verbatim; null for none.</summary>
    public Optional<JsonElement?> Claims { get; init; } = new Optional<JsonElement?>(null);

    /// <summary>Reuse a token that has at least this many seconds left, when set.</summary>
    public Optional<long?> MinRemainingTtlSeconds { get; init; }

    /// <summary><c>opaque</c> (default) or <c>jwt</c>.</summary>
    public Optional<string> TokenFormat { get; init; } = "opaque";

    /// <summary>Authorizes this call with this machine secret key instead of the client's.</summary>
    [JsonIgnore]
    public string? MachineSecretKey { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(MachineSecretKey));
}

public static partial class M2MRequests
{
    /// <summary><c>POST /m2m_tokens</c>.</summary>
    /// <param name="parameters">The token to create.</param>
    public static Either<ClerkError, ApiCall<M2MToken>> CreateToken(CreateM2MTokenParams? parameters = null)
    {
        var p = parameters ?? new CreateM2MTokenParams();
        return ApiCall.Of(HttpVerb.Post, Tokens, Decode.Json(Ctx.M2MToken), ClerkJson.Body(p, Ctx.CreateM2MTokenParams), Flags(p.MachineSecretKey));
    }
}

public sealed partial class M2MApi
{
    /// <summary><c>POST /m2m_tokens</c>: creates a token for the machine of the machine secret key; the answer holds the token, once.</summary>
    /// <param name="parameters">The token to create.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, M2MToken>> CreateToken(CreateM2MTokenParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(M2MRequests.CreateToken(parameters), cancellationToken);
}
