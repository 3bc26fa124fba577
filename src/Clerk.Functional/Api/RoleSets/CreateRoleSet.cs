using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The body of <see cref="RoleSetsApi.CreateRoleSet"/>. Optional members are sent only when set; a set null description is sent as null.</summary>
public sealed record CreateRoleSetParams
{
    /// <summary>The role set's name.</summary>
    public required string Name { get; init; }

    /// <summary>The role set's key: <c>role_set:</c> followed by lowercase letters, digits and underscores; generated from the name when left out.</summary>
    public string? Key { get; init; }

    /// <summary>A description of the role set.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>The key of the role new organization members get; one of <see cref="Roles"/>.</summary>
    public required string DefaultRoleKey { get; init; }

    /// <summary>The key of the role organization creators get; one of <see cref="Roles"/>.</summary>
    public required string CreatorRoleKey { get; init; }

    /// <summary>The type: <c>initial</c> (the default for new organizations; one per instance) or <c>custom</c>.</summary>
    public RoleSetType? Type { get; init; }

    /// <summary>The keys of the roles in the set (1 to 10).</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>POST /role_sets</c>.</summary>
    /// <param name="parameters">The role set.</param>
    public static Either<ClerkError, ApiCall<RoleSet>> CreateRoleSet(CreateRoleSetParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, RoleSets, Decode.Json(Ctx.RoleSet),
            ClerkJson.Body(p, Ctx.CreateRoleSetParams)));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>POST /role_sets</c>: creates a role set.</summary>
    /// <param name="parameters">The role set.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RoleSet>> CreateRoleSet(CreateRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.CreateRoleSet(parameters), cancellationToken);
}
