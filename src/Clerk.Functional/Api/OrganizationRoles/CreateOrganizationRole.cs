using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.OrganizationRoles;

/// <summary>The body of <see cref="OrganizationRolesApi.CreateOrganizationRole"/>. Optional members are sent only when set; null is sent as null.</summary>
public sealed record CreateOrganizationRoleParams
{
    /// <summary>The role's name.</summary>
    public required string Name { get; init; }

    /// <summary>The role's key: <c>org:</c> followed by lowercase letters, digits and underscores.</summary>
    public required string Key { get; init; }

    /// <summary>A description of the role.</summary>
    public Optional<string?> Description { get; init; }

    /// <summary>The ids of the permissions the role grants.</summary>
    public Optional<IReadOnlyList<string>?> Permissions { get; init; }

    /// <summary>Whether the role is added to the initial role set.</summary>
    public Optional<bool?> IncludeInInitialRoleSet { get; init; }
}

public static partial class OrganizationRolesRequests
{
    /// <summary><c>POST /organization_roles</c>.</summary>
    /// <param name="parameters">The role.</param>
    public static Either<ClerkError, ApiCall<Role>> CreateOrganizationRole(CreateOrganizationRoleParams? parameters) =>
        Params.Require(parameters).Bind(p => ApiCall.Of(HttpVerb.Post, OrganizationRoles, Decode.Json(Ctx.Role),
            ClerkJson.Body(p, Ctx.CreateOrganizationRoleParams)));
}

public sealed partial class OrganizationRolesApi
{
    /// <summary><c>POST /organization_roles</c>: creates an organization role.</summary>
    /// <param name="parameters">The role.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Role>> CreateOrganizationRole(CreateOrganizationRoleParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationRolesRequests.CreateOrganizationRole(parameters), cancellationToken);
}
