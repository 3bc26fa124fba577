using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

/// <summary>The role set <see cref="RoleSetsApi.ReplaceRoleSet"/> replaces, the one that takes its place, and how roles map.</summary>
public sealed record ReplaceRoleSetParams
{
    /// <summary>The key or id of the role set to replace (in the route); an empty one is refused before anything is sent.</summary>
    [JsonIgnore]
    public string RoleSetKeyOrId { get; init; } = "";

    /// <summary>The key of the destination role set.</summary>
    public required string DestRoleSetKey { get; init; }

    /// <summary>Source role key → destination role key, sent verbatim; required when members have roles that must be reassigned.</summary>
    public IReadOnlyDictionary<string, string>? ReassignmentMappings { get; init; }
}

public static partial class RoleSetsRequests
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/replace</c>.</summary>
    /// <param name="parameters">The two role sets and the mappings.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> ReplaceRoleSet(ReplaceRoleSetParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, RoleSets.ThenId(p.RoleSetKeyOrId).Then("replace"), Decode.Deleted,
            ClerkJson.Body(p, Ctx.ReplaceRoleSetParams)));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>POST /role_sets/{role_set_key_or_id}/replace</c>: replaces a role set with another, migrating its organizations and members; the replaced set is deleted.</summary>
    /// <param name="parameters">The two role sets and the mappings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> ReplaceRoleSet(ReplaceRoleSetParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.ReplaceRoleSet(parameters), cancellationToken);
}
