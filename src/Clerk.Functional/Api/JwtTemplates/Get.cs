using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.JwtTemplates;

public static partial class JwtTemplatesRequests
{
    /// <summary><c>GET /jwt_templates/{template_id}</c>.</summary>
    /// <param name="templateId">The template's id.</param>
    public static Either<ClerkError, ApiCall<JwtTemplate>> Get(string templateId) =>
        ApiCall.Of(HttpVerb.Get, JwtTemplates.ThenId(templateId), Decode.Json(Ctx.JwtTemplate));
}

public sealed partial class JwtTemplatesApi
{
    /// <summary><c>GET /jwt_templates/{template_id}</c>: one JWT template.</summary>
    /// <param name="templateId">The template's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, JwtTemplate>> Get(string templateId, CancellationToken cancellationToken = default) =>
        _runner.Run(JwtTemplatesRequests.Get(templateId), cancellationToken);
}
