using System.Collections.Immutable;
using System.Text.Json;

namespace Clerk.Functional.Testing.Backend;

/// <summary>What the in-memory backend keeps: immutable rows, replaced as a whole by each request that changes them.
/// <see cref="Sequence"/> numbers every row in creation order (ids and the tie-break of equal timestamps).</summary>
internal sealed record State(
    long Sequence,
    ImmutableDictionary<string, UserRow> Users,
    ImmutableDictionary<string, EmailRow> Emails,
    ImmutableDictionary<string, PhoneRow> Phones,
    ImmutableDictionary<string, OrgRow> Orgs,
    ImmutableDictionary<string, MembershipRow> Memberships,
    ImmutableDictionary<string, OrgInvitationRow> OrgInvitations,
    ImmutableDictionary<string, InvitationRow> Invitations,
    ImmutableDictionary<string, IdentifierRow> Allowlist,
    ImmutableDictionary<string, IdentifierRow> Blocklist,
    ImmutableDictionary<string, SessionRow> Sessions)
{
    public static readonly State Empty = new(0,
        ImmutableDictionary<string, UserRow>.Empty, ImmutableDictionary<string, EmailRow>.Empty, ImmutableDictionary<string, PhoneRow>.Empty,
        ImmutableDictionary<string, OrgRow>.Empty, ImmutableDictionary<string, MembershipRow>.Empty,
        ImmutableDictionary<string, OrgInvitationRow>.Empty, ImmutableDictionary<string, InvitationRow>.Empty,
        ImmutableDictionary<string, IdentifierRow>.Empty, ImmutableDictionary<string, IdentifierRow>.Empty,
        ImmutableDictionary<string, SessionRow>.Empty);
}

internal static class Metadata
{
    public static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}

internal sealed record UserRow(
    long Seq, string Id, string? ExternalId, string? Username, string? FirstName, string? LastName,
    bool PasswordEnabled, string? PrimaryEmailId, string? PrimaryPhoneId,
    JsonElement PublicMetadata, JsonElement PrivateMetadata, JsonElement UnsafeMetadata,
    bool Banned, bool Locked, bool DeleteSelfEnabled, bool CreateOrganizationEnabled, long? CreateOrganizationsLimit,
    long? LastSignInAt, long? LastActiveAt, long? LegalAcceptedAt, long CreatedAt, long UpdatedAt);

internal sealed record EmailRow(long Seq, string Id, string UserId, string Address, bool Verified, long CreatedAt, long UpdatedAt);

internal sealed record PhoneRow(long Seq, string Id, string UserId, string Number, bool Verified, long CreatedAt, long UpdatedAt);

internal sealed record OrgRow(
    long Seq, string Id, string Name, string Slug, string? CreatedBy, long MaxAllowedMemberships, bool AdminDeleteEnabled,
    JsonElement PublicMetadata, JsonElement PrivateMetadata, long CreatedAt, long UpdatedAt);

internal sealed record MembershipRow(
    long Seq, string Id, string OrgId, string UserId, string Role, JsonElement PublicMetadata, JsonElement PrivateMetadata, long CreatedAt, long UpdatedAt);

internal sealed record OrgInvitationRow(
    long Seq, string Id, string OrgId, string EmailAddress, string Role, string? InviterId, string Status,
    JsonElement PublicMetadata, JsonElement PrivateMetadata, long? ExpiresAt, long CreatedAt, long UpdatedAt);

internal sealed record InvitationRow(
    long Seq, string Id, string EmailAddress, string Status, JsonElement PublicMetadata, long? ExpiresAt, long CreatedAt, long UpdatedAt);

internal sealed record IdentifierRow(long Seq, string Id, string Identifier, string IdentifierType, long CreatedAt, long UpdatedAt);

internal sealed record SessionRow(
    long Seq, string Id, string UserId, string ClientId, string Status, string? ActiveOrganizationId,
    long LastActiveAt, long ExpireAt, long AbandonAt, long CreatedAt, long UpdatedAt);
