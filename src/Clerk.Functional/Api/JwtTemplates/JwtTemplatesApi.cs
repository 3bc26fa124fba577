using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.JwtTemplates;

/// <summary>The <c>jwtTemplates</c> sub-API: the templates of the JWTs that <c>sessions.getToken</c> mints for other services. One file per method in this folder.</summary>
public sealed partial class JwtTemplatesApi
{
    private readonly IClerkRunner _runner;

    /// <summary>Creates the sub-API over a runner.</summary>
    /// <param name="runner">The runner that sends requests.</param>
    public JwtTemplatesApi(IClerkRunner runner) => _runner = runner;
}

/// <summary>The pure request descriptions of the <c>jwtTemplates</c> sub-API: no I/O, equal by value for equal arguments.</summary>
public static partial class JwtTemplatesRequests
{
    private static ClerkJsonContext Ctx => ClerkJsonContext.Default;

    private static readonly Route JwtTemplates = Route.Of("jwt_templates");
}
