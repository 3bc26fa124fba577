using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>Which role set <see cref="RoleSetsApi.UpdateRoleSet"/> changes, and how; only set members are sent, and null is sent as null.</summary>
public sealed record UpdateRoleSetParams
{
    /// <summary>The role set's key or id (in the route); an empty one is refused before anything is sent.</summary>
    [JsonIgnore]
    public string RoleSetKeyOrId { get; init; } = "";

    /// <summary>The new name.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>The new key: <c>role_set:</c> followed by lowercase letters, digits and underscores.</summary>
    public Optional<string?> Key { get; init; }

    /// <summary>The new description.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary><c>initial</c> makes this the default role set for new organizations (the previous one becomes <c>custom</c>).</summary>
    public Optional<RoleSetType?> Type { get; init; }

    /// <summary>The key of the role new organization members get; a role already in the set.</summary>
    public Optional<string?> DefaultRoleKey { get; init; }

    /// <summary>The key of the role organization creators get; a role already in the set.</summary>
    public Optional<string?> CreatorRoleKey { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>PATCH /role_sets/{role_set_key_or_id}</c>.</summary>
    /// <param name="parameters">The role set and the changes.</param>
    public static Either<ClerkError, ApiCall<RoleSet>> UpdateRoleSet(UpdateRoleSetParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, RoleSets.ThenId(p.RoleSetKeyOrId), Decode.Json(Ctx.RoleSet),
            ClerkJson.Body(p, Ctx.UpdateRoleSetParams)));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>PATCH /role_sets/{role_set_key_or_id}</c>: changes a role set's name, key, description, type, default or creator role.</summary>
    /// <param name="parameters">The role set and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RoleSet>> UpdateRoleSet(UpdateRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.UpdateRoleSet(parameters), cancellationToken);
}
