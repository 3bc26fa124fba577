using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AllowlistIdentifiers;

/// <summary>The body of <see cref="AllowlistIdentifiersApi.CreateAllowlistIdentifier"/>.</summary>
public sealed record CreateAllowlistIdentifierParams
{
    /// <summary>An email address (or <c>*@domain</c>), a phone number or a Web3 wallet.</summary>
    public required string Identifier { get; init; }

    /// <summary>Whether to send the identifier an invitation (email addresses and phone numbers only).</summary>
    public bool? Notify { get; init; }
}

public static partial class AllowlistIdentifiersRequests
{
    /// <summary><c>POST /allowlist_identifiers</c>.</summary>
    /// <param name="parameters">The identifier.</param>
    public static Either<ClerkError, ApiCall<AllowlistIdentifier>> CreateAllowlistIdentifier(CreateAllowlistIdentifierParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, AllowlistIdentifiers, Decode.Json(Ctx.AllowlistIdentifier), ClerkJson.Body(parameters, Ctx.CreateAllowlistIdentifierParams));
}

public sealed partial class AllowlistIdentifiersApi
{
    /// <summary><c>POST /allowlist_identifiers</c>: adds an identifier to the allow-list.</summary>
    /// <param name="parameters">The identifier.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, AllowlistIdentifier>> CreateAllowlistIdentifier(CreateAllowlistIdentifierParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(AllowlistIdentifiersRequests.CreateAllowlistIdentifier(parameters), cancellationToken);
}
