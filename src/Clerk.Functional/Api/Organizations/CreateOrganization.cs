using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The body of <see cref="OrganizationsApi.CreateOrganization"/>. Only set members are sent.</summary>
public sealed record CreateOrganizationParams
{
    /// <summary>The organization's name.</summary>
    public required string Name { get; init; }

    /// <summary>The slug (unique in the instance); Clerk derives one from the name when unset.</summary>
    public string? Slug { get; init; }

    /// <summary>The user who creates the organization; they become its first admin.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The maximum number of memberships (0: unlimited).</summary>
    public int? MaxAllowedMemberships { get; init; }

    /// <summary>Public metadata, sent verbatim.</summary>
    public JsonElement? PublicMetadata { get; init; }

    /// <summary>Private metadata, sent verbatim.</summary>
    public JsonElement? PrivateMetadata { get; init; }

    /// <summary>The key of the role set to assign (a member of Clerk's specification that <c>@clerk/backend</c> does not type).</summary>
    public string? RoleSetKey { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>POST /organizations</c>.</summary>
    /// <param name="parameters">The organization.</param>
    public static Either<ClerkError, ApiCall<Organization>> CreateOrganization(CreateOrganizationParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, Organizations, Decode.Json(Ctx.Organization), ClerkJson.Body(parameters, Ctx.CreateOrganizationParams));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>POST /organizations</c>: creates an organization.</summary>
    /// <param name="parameters">The organization.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> CreateOrganization(CreateOrganizationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.CreateOrganization(parameters), cancellationToken);
}
