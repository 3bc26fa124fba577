using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

/// <summary>Which role <see cref="OrganizationRolesApi.UpdateOrganizationRole"/> changes, and how; only set members are sent, and null is sent as null.</summary>
public sealed record UpdateOrganizationRoleParams
{
    /// <summary>The role's id (in the route); an empty id is refused before anything is sent.</summary>
    [JsonIgnore]
    public string OrganizationRoleId { get; init; } = "";

    /// <summary>The new name.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>The new key: <c>org:</c> followed by lowercase letters, digits and underscores.</summary>
    public Optional<string?> Key { get; init; }

    /// <summary>The new description.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>The ids of the permissions the role grants; replaces the current ones.</summary>
    public Optional<IReadOnlyList<string>?> Permissions { get; init; }
}

public static partial class OrganizationRolesRequests
{
    /// <summary><c>PATCH /organization_roles/{organization_role_id}</c>.</summary>
    /// <param name="parameters">The role and the changes.</param>
    public static Either<ClerkError, ApiCall<Role>> UpdateOrganizationRole(UpdateOrganizationRoleParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Patch, OrganizationRoles.ThenId(p.OrganizationRoleId), Decode.Json(Ctx.Role),
            ClerkJson.Body(p, Ctx.UpdateOrganizationRoleParams)));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>PATCH /organization_roles/{organization_role_id}</c>: changes a role's name, key, description or permissions.</summary>
    /// <param name="parameters">The role and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Role>> UpdateOrganizationRole(UpdateOrganizationRoleParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.UpdateOrganizationRole(parameters), cancellationToken);
}
