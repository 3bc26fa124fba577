using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.RoleSets;

public static partial class RoleSetsRequests
{
    /// <summary><c>GET /role_sets/{role_set_key_or_id}</c>.</summary>
    /// <param name="roleSetKeyOrId">The role set's key or id.</param>
    public static Either<ClerkError, ApiCall<RoleSet>> GetRoleSet(string roleSetKeyOrId) =>
        ApiCall.Of(HttpVerb.Get, RoleSets.ThenId(roleSetKeyOrId), Decode.Json(Ctx.RoleSet));
}

public sealed partial class RoleSetsApi
{
    /// <summary><c>GET /role_sets/{role_set_key_or_id}</c>: one role set, with its roles.</summary>
    /// <param name="roleSetKeyOrId">The role set's key or id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, RoleSet>> GetRoleSet(string roleSetKeyOrId, CancellationToken cancellationToken = default) =>
        _runner.Run(RoleSetsRequests.GetRoleSet(roleSetKeyOrId), cancellationToken);
}
