using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary>Clerk's error bodies: <c>{"errors":[{message, long_message, code, meta}], "clerk_trace_id"}</c>.</summary>
internal static class ClerkErrors
{
    public static BackendResponse Of(int status, string code, string message, string longMessage, string? paramName = null)
    {
        var error = new JsonObject { ["message"] = message, ["long_message"] = longMessage, ["code"] = code };
        if (paramName is not null) error["meta"] = new JsonObject { ["param_name"] = paramName };
        var body = new JsonObject { ["errors"] = new JsonArray(error), ["clerk_trace_id"] = "emulator" };
        return new BackendResponse(status, body.ToJsonString());
    }

    public static BackendResponse NotFound(string what) =>
        Of(404, "resource_not_found", "not found", $"{what} not found");

    public static BackendResponse Unauthorized() =>
        Of(401, "authentication_invalid", "Invalid authentication",
            "The secret key in the Authorization header is missing or is not this instance's (a Bearer sk_test_ or sk_live_ key).");

    public static BackendResponse IdentifierExists(string param, string what) =>
        Of(422, "form_identifier_exists", $"That {what} is taken. Please try another.", $"That {what} is taken. Please try another.", param);

    public static BackendResponse Missing(string param) =>
        Of(422, "form_param_missing", $"{param} must be included.", $"{param} must be included.", param);

    public static BackendResponse Invalid(string param, string longMessage) =>
        Of(422, "form_param_format_invalid", "is invalid", longMessage, param);

    public static BackendResponse Unprocessable(string code, string message, string? param = null) =>
        Of(422, code, message, message, param);

    public static BackendResponse BadRequest(string code, string message) => Of(400, code, message, message);

    public static BackendResponse NotImplemented(string route) =>
        Of(501, "emulator_route_not_implemented", $"{route} is not implemented by the in-memory Clerk",
            $"The in-memory Clerk (Clerk.Functional.Testing) does not implement {route}. Its README lists the routes it serves.");
}
