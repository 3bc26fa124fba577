using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary>Rows as Clerk's JSON resources, with every member the OpenAPI schema requires.</summary>
internal static class Render
{
    public const string ImageUrl = "https://img.clerk.com/emulator-default";

    public static JsonNode? Json(JsonElement element) => JsonNode.Parse(element.GetRawText());

    public static string Text(JsonNode node) => node.ToJsonString();

    public static JsonArray Array(System.Collections.Generic.IEnumerable<JsonNode> items) => new(items.ToArray());

    public static JsonObject Page(System.Collections.Generic.IEnumerable<JsonNode> items, int total) =>
        new() { ["data"] = Array(items), ["total_count"] = total };

    // An identifier the backend verified carries Clerk's admin verification; an unverified one has none yet (the admin
    // verification only exists as "verified", and no code was ever sent).
    private static JsonObject? Verification(bool verified) => verified
        ? new JsonObject { ["object"] = "verification_admin", ["status"] = "verified", ["strategy"] = "admin", ["attempts"] = null, ["expire_at"] = null }
        : null;

    public static JsonObject Email(EmailRow e) => new()
    {
        ["id"] = e.Id,
        ["object"] = "email_address",
        ["email_address"] = e.Address,
        ["reserved"] = false,
        ["verification"] = Verification(e.Verified),
        ["linked_to"] = new JsonArray(),
        ["matches_sso_connection"] = false,
        ["created_at"] = e.CreatedAt,
        ["updated_at"] = e.UpdatedAt,
    };

    public static JsonObject Phone(PhoneRow p) => new()
    {
        ["id"] = p.Id,
        ["object"] = "phone_number",
        ["phone_number"] = p.Number,
        ["reserved_for_second_factor"] = false,
        ["default_second_factor"] = false,
        ["reserved"] = false,
        ["verification"] = Verification(p.Verified),
        ["linked_to"] = new JsonArray(),
        ["backup_codes"] = null,
        ["created_at"] = p.CreatedAt,
        ["updated_at"] = p.UpdatedAt,
    };

    public static JsonObject User(State s, UserRow u) => new()
    {
        ["id"] = u.Id,
        ["object"] = "user",
        ["external_id"] = u.ExternalId,
        ["primary_email_address_id"] = u.PrimaryEmailId,
        ["primary_phone_number_id"] = u.PrimaryPhoneId,
        ["primary_web3_wallet_id"] = null,
        ["username"] = u.Username,
        ["first_name"] = u.FirstName,
        ["last_name"] = u.LastName,
        ["locale"] = null,
        ["profile_image_url"] = ImageUrl,
        ["image_url"] = ImageUrl,
        ["has_image"] = false,
        ["public_metadata"] = Json(u.PublicMetadata),
        ["private_metadata"] = Json(u.PrivateMetadata),
        ["unsafe_metadata"] = Json(u.UnsafeMetadata),
        ["email_addresses"] = Array(Query.EmailsOf(s, u.Id).Select(Email)),
        ["phone_numbers"] = Array(Query.PhonesOf(s, u.Id).Select(Phone)),
        ["web3_wallets"] = new JsonArray(),
        ["passkeys"] = new JsonArray(),
        ["password_enabled"] = u.PasswordEnabled,
        ["two_factor_enabled"] = false,
        ["totp_enabled"] = false,
        ["backup_code_enabled"] = false,
        ["mfa_enabled_at"] = null,
        ["mfa_disabled_at"] = null,
        ["password_last_updated_at"] = u.PasswordEnabled ? u.UpdatedAt : null,
        ["external_accounts"] = new JsonArray(),
        ["saml_accounts"] = new JsonArray(),
        ["enterprise_accounts"] = new JsonArray(),
        ["last_sign_in_at"] = u.LastSignInAt,
        ["banned"] = u.Banned,
        ["locked"] = u.Locked,
        ["deprovisioned"] = false,
        ["lockout_expires_in_seconds"] = u.Locked ? 3600 : null,
        ["verification_attempts_remaining"] = u.Locked ? 0 : 100,
        ["updated_at"] = u.UpdatedAt,
        ["created_at"] = u.CreatedAt,
        ["delete_self_enabled"] = u.DeleteSelfEnabled,
        ["create_organization_enabled"] = u.CreateOrganizationEnabled,
        ["create_organizations_limit"] = u.CreateOrganizationsLimit,
        ["last_active_at"] = u.LastActiveAt,
        ["legal_accepted_at"] = u.LegalAcceptedAt,
        ["bypass_client_trust"] = false,
    };

    public static JsonObject Organization(State s, OrgRow o, bool withCounts = false)
    {
        var json = new JsonObject
        {
            ["object"] = "organization",
            ["id"] = o.Id,
            ["name"] = o.Name,
            ["slug"] = o.Slug,
            ["image_url"] = ImageUrl,
            ["has_image"] = false,
            ["max_allowed_memberships"] = o.MaxAllowedMemberships,
            ["admin_delete_enabled"] = o.AdminDeleteEnabled,
            ["public_metadata"] = Json(o.PublicMetadata),
            ["private_metadata"] = Json(o.PrivateMetadata),
            ["created_at"] = o.CreatedAt,
            ["updated_at"] = o.UpdatedAt,
        };
        if (o.CreatedBy is not null) json["created_by"] = o.CreatedBy;
        if (withCounts)
        {
            json["members_count"] = Query.MembersOf(s, o.Id).Count();
            json["pending_invitations_count"] = s.OrgInvitations.Values.Count(i => i.OrgId == o.Id && i.Status == "pending");
        }
        return json;
    }

    public static JsonObject Membership(State s, MembershipRow m)
    {
        var user = s.Users.GetValueOrDefault(m.UserId);
        var org = s.Orgs[m.OrgId];
        var email = user?.PrimaryEmailId is { } eid && s.Emails.TryGetValue(eid, out var e) ? e.Address : null;
        return new JsonObject
        {
            ["id"] = m.Id,
            ["object"] = "organization_membership",
            ["role"] = m.Role,
            ["role_name"] = Roles.Name(m.Role),
            ["permissions"] = Array(Roles.Permissions(m.Role).Select(p => (JsonNode)JsonValue.Create(p))),
            ["public_metadata"] = Json(m.PublicMetadata),
            ["private_metadata"] = Json(m.PrivateMetadata),
            ["organization"] = Organization(s, org),
            ["public_user_data"] = new JsonObject
            {
                ["user_id"] = m.UserId,
                ["first_name"] = user?.FirstName,
                ["last_name"] = user?.LastName,
                ["profile_image_url"] = ImageUrl,
                ["image_url"] = ImageUrl,
                ["has_image"] = false,
                ["identifier"] = email ?? user?.Username ?? "",
                ["username"] = user?.Username,
                ["banned"] = user?.Banned ?? false,
                ["deprovisioned"] = false,
            },
            ["created_at"] = m.CreatedAt,
            ["updated_at"] = m.UpdatedAt,
        };
    }

    public static JsonObject OrganizationInvitation(State s, OrgInvitationRow i)
    {
        var inviter = i.InviterId is { } id ? s.Users.GetValueOrDefault(id) : null;
        return new JsonObject
        {
            ["object"] = "organization_invitation",
            ["id"] = i.Id,
            ["email_address"] = i.EmailAddress,
            ["role"] = i.Role,
            ["role_name"] = Roles.Name(i.Role),
            ["organization_id"] = i.OrgId,
            ["inviter_id"] = i.InviterId,
            ["public_inviter_data"] = inviter is null ? null : new JsonObject
            {
                ["user_id"] = inviter.Id,
                ["first_name"] = inviter.FirstName,
                ["last_name"] = inviter.LastName,
                ["image_url"] = ImageUrl,
                ["has_image"] = false,
                ["identifier"] = inviter.Username ?? inviter.Id,
            },
            ["status"] = i.Status,
            ["public_metadata"] = Json(i.PublicMetadata),
            ["private_metadata"] = Json(i.PrivateMetadata),
            ["url"] = null,
            ["expires_at"] = i.ExpiresAt,
            ["created_at"] = i.CreatedAt,
            ["updated_at"] = i.UpdatedAt,
        };
    }

    public static JsonObject Invitation(InvitationRow i) => new()
    {
        ["object"] = "invitation",
        ["id"] = i.Id,
        ["email_address"] = i.EmailAddress,
        ["public_metadata"] = Json(i.PublicMetadata),
        ["revoked"] = i.Status == "revoked",
        ["status"] = i.Status,
        ["url"] = $"https://accounts.emulator.localhost/sign-up?__clerk_ticket={i.Id}",
        ["expires_at"] = i.ExpiresAt,
        ["created_at"] = i.CreatedAt,
        ["updated_at"] = i.UpdatedAt,
    };

    public static JsonObject Identifier(string objectType, IdentifierRow i)
    {
        var json = new JsonObject
        {
            ["object"] = objectType,
            ["id"] = i.Id,
            ["identifier"] = i.Identifier,
            ["identifier_type"] = i.IdentifierType,
            ["instance_id"] = InMemoryClerk.InstanceId,
            ["created_at"] = i.CreatedAt,
            ["updated_at"] = i.UpdatedAt,
        };
        return json;
    }

    public static JsonObject Session(SessionRow s) => new()
    {
        ["object"] = "session",
        ["id"] = s.Id,
        ["user_id"] = s.UserId,
        ["client_id"] = s.ClientId,
        ["actor"] = null,
        ["status"] = s.Status,
        ["last_active_organization_id"] = s.ActiveOrganizationId,
        ["last_active_at"] = s.LastActiveAt,
        ["expire_at"] = s.ExpireAt,
        ["abandon_at"] = s.AbandonAt,
        ["updated_at"] = s.UpdatedAt,
        ["created_at"] = s.CreatedAt,
    };

    public static JsonObject Deleted(string objectType, string id) => new() { ["object"] = objectType, ["id"] = id, ["deleted"] = true };
}
