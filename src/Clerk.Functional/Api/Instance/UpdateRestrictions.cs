using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Instance;

/// <summary>The body of <see cref="InstanceApi.UpdateRestrictions"/>. Only set members are sent.</summary>
public sealed record UpdateRestrictionsParams
{
    /// <summary>Whether only allowlisted identifiers may sign up; null is sent as null.</summary>
    public Optional<bool?> Allowlist { get; init; }

    /// <summary>Whether blocklisted identifiers are refused; null is sent as null.</summary>
    public Optional<bool?> Blocklist { get; init; }

    /// <summary>Whether the lists are not checked on sign-in (a member of the specification that <c>@clerk/backend</c> does not type); null is sent as null.</summary>
    public Optional<bool?> AllowlistBlocklistDisabledOnSignIn { get; init; }

    /// <summary>Whether email addresses with a subaddress are refused; null is sent as null.</summary>
    public Optional<bool?> BlockEmailSubaddresses { get; init; }

    /// <summary>Whether disposable email domains are refused; null is sent as null.</summary>
    public Optional<bool?> BlockDisposableEmailDomains { get; init; }

    /// <summary>Whether dots in Gmail addresses are ignored when matching (a member <c>@clerk/backend</c> sends that the specification does not declare); null is sent as null.</summary>
    public Optional<bool?> IgnoreDotsForGmailAddresses { get; init; }
}

public static partial class InstanceRequests
{
    /// <summary><c>PATCH /instance/restrictions</c>.</summary>
    /// <param name="parameters">The changes.</param>
    public static Either<ClerkError, ApiCall<InstanceRestrictions>> UpdateRestrictions(UpdateRestrictionsParams? parameters) =>
        ApiCall.Of(HttpVerb.Patch, InstanceRoute.Then("restrictions"), Decode.Json(Ctx.InstanceRestrictions), ClerkJson.Body(parameters, Ctx.UpdateRestrictionsParams));
}

public sealed partial class InstanceApi
{
    /// <summary><c>PATCH /instance/restrictions</c>: changes who may sign up.</summary>
    /// <param name="parameters">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, InstanceRestrictions>> UpdateRestrictions(UpdateRestrictionsParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(InstanceRequests.UpdateRestrictions(parameters), cancellationToken);
}
