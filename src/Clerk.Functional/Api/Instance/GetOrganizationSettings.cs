using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Instance;

public static partial class InstanceRequests
{
    /// <summary><c>GET /instance/organization_settings</c>.</summary>
    public static Either<ClerkError, ApiCall<OrganizationSettings>> GetOrganizationSettings() =>
        ApiCall.Of(HttpVerb.Get, InstanceRoute.Then("organization_settings"), Decode.Json(Ctx.OrganizationSettings));
}

public sealed partial class InstanceApi
{
    /// <summary><c>GET /instance/organization_settings</c>: the instance's organization settings.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, OrganizationSettings>> GetOrganizationSettings(CancellationToken cancellationToken = default) =>
        _runner.Run(InstanceRequests.GetOrganizationSettings(), cancellationToken);
}
