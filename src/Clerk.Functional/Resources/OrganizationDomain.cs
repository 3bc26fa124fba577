using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>A domain of an organization, used to invite or suggest membership to users with an email address on it.</summary>
public sealed record OrganizationDomain
{
    /// <summary>The object type: <c>organization_domain</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The domain's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The organization's ID.</summary>
    [JsonInclude]
    public string OrganizationId { get => field ?? ""; internal set; }

    /// <summary>The domain name, e.g. <c>example.com</c>.</summary>
    [JsonInclude]
    public string Name { get => field ?? ""; internal set; }

    /// <summary>How users with an email address on the domain join the organization.</summary>
    [JsonInclude]
    public OrganizationEnrollmentMode? EnrollmentMode { get; internal set; }

    /// <summary>The email address used to verify the affiliation, or null.</summary>
    [JsonInclude]
    public string? AffiliationEmailAddress { get; internal set; }

    /// <summary>The verification of the affiliation between the domain and the organization, or null.</summary>
    [JsonInclude]
    public OrganizationDomainVerification? AffiliationVerification { get; internal set; }

    /// <summary>The verification of the DNS ownership of the domain, or null.</summary>
    [JsonInclude]
    public OrganizationDomainVerification? OwnershipVerification { get; internal set; }

    /// <summary>Deprecated alias of <see cref="AffiliationVerification"/>.</summary>
    [JsonInclude]
    public OrganizationDomainVerification? Verification { get; internal set; }

    /// <summary>The number of pending invitations for the domain.</summary>
    [JsonInclude]
    public int TotalPendingInvitations { get; internal set; }

    /// <summary>The number of pending suggestions for the domain.</summary>
    [JsonInclude]
    public int TotalPendingSuggestions { get; internal set; }

    /// <summary>Public data of the organization, when sent.</summary>
    [JsonInclude]
    public OrganizationInvitationPublicOrganizationData? PublicOrganizationData { get; internal set; }

    /// <summary>The time of creation.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>The time of last update.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>The verification state of an <see cref="OrganizationDomain"/>.</summary>
public sealed record OrganizationDomainVerification
{
    /// <summary>The status: <c>unverified</c>, <c>verified</c>, <c>failed</c> or <c>expired</c>.</summary>
    [JsonInclude]
    public VerificationStatus? Status { get; internal set; }

    /// <summary>The verification strategy, e.g. <c>email_code</c> or <c>dns_record</c>.</summary>
    [JsonInclude]
    public string? Strategy { get; internal set; }

    /// <summary>The number of attempts made, or null.</summary>
    [JsonInclude]
    public int? Attempts { get; internal set; }

    /// <summary>When the verification expires, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ExpireAt { get; internal set; }

    /// <summary>When ownership was verified, or null.</summary>
    [JsonInclude]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? VerifiedAt { get; internal set; }
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
