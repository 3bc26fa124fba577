using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A domain of an organization, used to invite or suggest membership to users with an email address on it.</summary>
public sealed record OrganizationDomain
{
    /// <summary>The object type: <c>organization_domain</c>.</summary>
    public string Object { get => field ?? ""; init; }

    /// <summary>The domain's ID.</summary>
    public string Id { get => field ?? ""; init; }

    /// <summary>The organization's ID.</summary>
    public string OrganizationId { get => field ?? ""; init; }

    /// <summary>The domain name, e.g. <c>example.com</c>.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>How users with an email address on the domain join the organization.</summary>
    public OrganizationEnrollmentMode? EnrollmentMode { get; init; }

    /// <summary>The email address used to verify the affiliation, or null.</summary>
    public string? AffiliationEmailAddress { get; init; }

    /// <summary>The verification of the affiliation between the domain and the organization, or null.</summary>
    public OrganizationDomainVerification? AffiliationVerification { get; init; }

    /// <summary>The verification of the DNS ownership of the domain, or null.</summary>
    public OrganizationDomainVerification? OwnershipVerification { get; init; }

    /// <summary>Deprecated alias of <see cref="AffiliationVerification"/>.</summary>
    public OrganizationDomainVerification? Verification { get; init; }

    /// <summary>The number of pending invitations for the domain.</summary>
    public int TotalPendingInvitations { get; init; }

    /// <summary>The number of pending suggestions for the domain.</summary>
    public int TotalPendingSuggestions { get; init; }

    /// <summary>Public data of the organization, when sent.</summary>
    public OrganizationInvitationPublicOrganizationData? PublicOrganizationData { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }
}

/// <summary>The verification state of an <see cref="OrganizationDomain"/>.</summary>
public sealed record OrganizationDomainVerification
{
    /// <summary>The status: <c>unverified</c>, <c>verified</c>, <c>failed</c> or <c>expired</c>.</summary>
    public VerificationStatus? Status { get; init; }

    /// <summary>The verification strategy, e.g. <c>email_code</c> or <c>dns_record</c>.</summary>
    public string? Strategy { get; init; }

    /// <summary>The number of attempts made, or null.</summary>
    public int? Attempts { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when the verification expires, or null.</summary>
    public long? ExpireAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of when ownership was verified, or null.</summary>
    public long? VerifiedAt { get; init; }
}

/// <summary>How users join an organization through a verified domain: <c>manual_invitation</c>,
/// <c>automatic_invitation</c>, <c>automatic_suggestion</c>, <c>enterprise_sso</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<OrganizationEnrollmentMode>))]
public readonly record struct OrganizationEnrollmentMode(string Value) : IOpenEnum<OrganizationEnrollmentMode>
{
    /// <summary><c>manual_invitation</c></summary>
    public static readonly OrganizationEnrollmentMode ManualInvitation = new("manual_invitation");
    /// <summary><c>automatic_invitation</c></summary>
    public static readonly OrganizationEnrollmentMode AutomaticInvitation = new("automatic_invitation");
    /// <summary><c>automatic_suggestion</c></summary>
    public static readonly OrganizationEnrollmentMode AutomaticSuggestion = new("automatic_suggestion");
    /// <summary><c>enterprise_sso</c></summary>
    public static readonly OrganizationEnrollmentMode EnterpriseSso = new("enterprise_sso");

    /// <inheritdoc />
    public static OrganizationEnrollmentMode From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
