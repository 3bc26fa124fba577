using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.JwtTemplates;

public static partial class JwtTemplatesRequests
{
    /// <summary><c>DELETE /jwt_templates/{template_id}</c>.</summary>
    /// <param name="templateId">The template's id.</param>
    public static Either<ClerkError, ApiCall<DeletedObject>> Delete(string templateId) =>
        ApiCall.Of(HttpVerb.Delete, JwtTemplates.ThenId(templateId), Decode.Deleted);
}

public sealed partial class JwtTemplatesApi
{
    /// <summary><c>DELETE /jwt_templates/{template_id}</c>: deletes a JWT template.</summary>
    /// <param name="templateId">The template's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, DeletedObject>> Delete(string templateId, CancellationToken cancellationToken = default) =>
        _runner.Run(JwtTemplatesRequests.Delete(templateId), cancellationToken);
}
