using System.Text;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The form of <see cref="OrganizationsApi.UpdateOrganizationLogo"/>.</summary>
public sealed record UpdateOrganizationLogoParams
{
    /// <summary>The image file.</summary>
    public required FileUpload File { get; init; }

    /// <summary>The user who uploads the logo, sent as the field <c>uploader_user_id</c> when set.</summary>
    public string? UploaderUserId { get; init; }
}

public static partial class OrganizationsRequests
{
    /// <summary><c>PUT /organizations/{organization_id}/logo</c> as <c>multipart/form-data</c> with the field <c>file</c>
    /// and, when set, <c>uploader_user_id</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The image and uploader.</param>
    public static Either<ClerkError, ApiCall<Organization>> UpdateOrganizationLogo(string organizationId, UpdateOrganizationLogoParams? parameters) =>
        Params.Require(parameters).Bind(p => p.File is null
            ? Prelude.Left<ClerkError, ApiCall<Organization>>(new ClerkError.InvalidArgument("UpdateOrganizationLogoParams.File is required."))
            : ApiCall.Of(HttpVerb.Put, OrganizationRoute(organizationId).Then("logo"), Decode.Json(Ctx.Organization),
                new RequestBody.Multipart(string.IsNullOrEmpty(p.UploaderUserId)
                    ? [p.File.ToPart("file")]
                    : [p.File.ToPart("file"), new MultipartPart("uploader_user_id", Encoding.UTF8.GetBytes(p.UploaderUserId))])));
}

public sealed partial class OrganizationsApi
{
    /// <summary><c>PUT /organizations/{organization_id}/logo</c>: uploads the organization's logo.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="parameters">The image and uploader.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Organization>> UpdateOrganizationLogo(string organizationId, UpdateOrganizationLogoParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(OrganizationsRequests.UpdateOrganizationLogo(organizationId, parameters), cancellationToken);
}
