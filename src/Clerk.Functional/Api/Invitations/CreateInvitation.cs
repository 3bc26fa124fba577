using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Invitations;

/// <summary>The body of <see cref="InvitationsApi.CreateInvitation"/> (and of each invitation of
/// <see cref="InvitationsApi.CreateInvitationBulk"/>). Only set members are sent.</summary>
public sealed record CreateInvitationParams
{
    /// <summary>Who is invited.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Where the invitation link leads after sign-up.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>Public metadata for the user the invitation creates, sent verbatim.</summary>
    public JsonElement? PublicMetadata { get; init; }

    /// <summary>Whether Clerk emails the invitation (default true).</summary>
    public bool? Notify { get; init; }

    /// <summary>Whether an existing invitation for the address is ignored instead of being an error.</summary>
    public bool? IgnoreExisting { get; init; }

    /// <summary>Days until the invitation expires.</summary>
    public int? ExpiresInDays { get; init; }

    /// <summary>The email template, e.g. <c>invitation</c> or <c>waitlist_invitation</c>.</summary>
    public string? TemplateSlug { get; init; }
}

public static partial class InvitationsRequests
{
    /// <summary><c>POST /invitations</c>.</summary>
    /// <param name="parameters">The invitation.</param>
    public static Either<ClerkError, ApiCall<Invitation>> CreateInvitation(CreateInvitationParams? parameters) =>
        ApiCall.Of(HttpVerb.Post, Invitations, Decode.Json(Ctx.Invitation), ClerkJson.Body(parameters, Ctx.CreateInvitationParams));
}

public sealed partial class InvitationsApi
{
    /// <summary><c>POST /invitations</c>: invites someone to sign up.</summary>
    /// <param name="parameters">The invitation.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Invitation>> CreateInvitation(CreateInvitationParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(InvitationsRequests.CreateInvitation(parameters), cancellationToken);
}
