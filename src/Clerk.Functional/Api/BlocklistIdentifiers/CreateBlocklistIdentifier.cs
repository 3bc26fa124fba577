using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.BlocklistIdentifiers;

/// <summary>The body of <see cref="BlocklistIdentifiersApi.CreateBlocklistIdentifier"/>.</summary>
public sealed record CreateBlocklistIdentifierParams
{
    /// <summary>An email address, an email domain (<c>*@domain</c>), a phone number or a Web3 wallet.</summary>
    public required string Identifier { get; init; }
}

public static partial class BlocklistIdentifiersRequests
{
    /// <summary><c>POST /blocklist_identifiers</c>.</summary>
    /// <param name="parameters">The identifier.</param>
    public static Either<ClerkError, ApiCall<BlocklistIdentifier>> CreateBlocklistIdentifier(CreateBlocklistIdentifierParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, BlocklistIdentifiers, Decode.Json(Ctx.BlocklistIdentifier), ClerkJson.Body(parameters, Ctx.CreateBlocklistIdentifierParams));
}

public sealed partial class BlocklistIdentifiersApi
{
    /// <summary><c>POST /blocklist_identifiers</c>: adds an identifier to the block-list.</summary>
    /// <param name="parameters">The identifier.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, BlocklistIdentifier>> CreateBlocklistIdentifier(CreateBlocklistIdentifierParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(BlocklistIdentifiersRequests.CreateBlocklistIdentifier(parameters), cancellationToken);
}
