using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The role set, the role <see cref="RoleSetsApi.ReplaceRoleInRoleSet"/> removes, and the role its members move to.</summary>
public sealed record ReplaceRoleInRoleSetParams
{
    /// <summary>The role set's key or id (in the route); an empty one is refused before anything is sent.</summary>
    [JsonIgnore]
    public string RoleSetKeyOrId { get; init; } = "";

    /// <summary>The key of the role to remove from the set.</summary>
    public required string RoleKey { get; init; }

    /// <summary>The key of the role its members are reassigned to.</summary>
    public required string ToRoleKey { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/roles/replace</c>.</summary>
    /// <param name="parameters">The role set and the two roles.</param>
    public static Either<ClerkError, ApiCall<RoleSet>> ReplaceRoleInRoleSet(ReplaceRoleInRoleSetParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, RoleSets.ThenId(p.RoleSetKeyOrId).Then("roles").Then("replace"), Decode.Json(Ctx.RoleSet),
            ClerkJson.Body(p, Ctx.ReplaceRoleInRoleSetParams)));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/roles/replace</c>: removes a role from a role set, reassigning its members to another role.</summary>
    /// <param name="parameters">The role set and the two roles.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RoleSet>> ReplaceRoleInRoleSet(ReplaceRoleInRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.ReplaceRoleInRoleSet(parameters), cancellationToken);
}
