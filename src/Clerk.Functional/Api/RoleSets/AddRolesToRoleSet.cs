using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The role set and the roles <see cref="RoleSetsApi.AddRolesToRoleSet"/> adds.</summary>
public sealed record AddRolesToRoleSetParams
{
    /// <summary>The role set's key or id (in the route); an empty one is refused before anything is sent.</summary>
    [JsonIgnore]
    public string RoleSetKeyOrId { get; init; } = "";

    /// <summary>The keys of the roles to add (1 to 10).</summary>
    public required IReadOnlyList<string> RoleKeys { get; init; }

    /// <summary>Makes one of the added roles the default role.</summary>
    public string? DefaultRoleKey { get; init; }

    /// <summary>Makes one of the added roles the creator role.</summary>
    public string? CreatorRoleKey { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/roles</c>.</summary>
    /// <param name="parameters">The role set and the roles.</param>
    public static Either<ClerkError, ApiCall<RoleSet>> AddRolesToRoleSet(AddRolesToRoleSetParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, RoleSets.ThenId(p.RoleSetKeyOrId).Then("roles"), Decode.Json(Ctx.RoleSet),
            ClerkJson.Body(p, Ctx.AddRolesToRoleSetParams)));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/roles</c>: adds roles to a role set.</summary>
    /// <param name="parameters">The role set and the roles.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RoleSet>> AddRolesToRoleSet(AddRolesToRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.AddRolesToRoleSet(parameters), cancellationToken);
}
