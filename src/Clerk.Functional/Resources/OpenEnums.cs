using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The status of a verification: <c>unverified</c>, <c>verified</c>, <c>transferable</c>, <c>failed</c>, <c>expired</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<VerificationStatus>))]
public readonly record struct VerificationStatus(string Value) : IOpenEnum<VerificationStatus>
{
    /// <summary><c>unverified</c></summary>
    public static readonly VerificationStatus Unverified = new("unverified");
    /// <summary><c>verified</c></summary>
    public static readonly VerificationStatus Verified = new("verified");
    /// <summary><c>transferable</c></summary>
    public static readonly VerificationStatus Transferable = new("transferable");
    /// <summary><c>failed</c></summary>
    public static readonly VerificationStatus Failed = new("failed");
    /// <summary><c>expired</c></summary>
    public static readonly VerificationStatus Expired = new("expired");

    /// <inheritdoc />
    public static VerificationStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>
/// How an identification was verified, e.g. <c>email_code</c>, <c>phone_code</c>, <c>saml</c>, <c>passkey</c>;
/// OAuth strategies are open-ended (<c>oauth_google</c>, <c>from_oauth_github</c>, <c>oauth_custom_…</c>) and decode as any other value.
/// </summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<VerificationStrategy>))]
public readonly record struct VerificationStrategy(string Value) : IOpenEnum<VerificationStrategy>
{
    /// <summary><c>phone_code</c></summary>
    public static readonly VerificationStrategy PhoneCode = new("phone_code");
    /// <summary><c>email_code</c></summary>
    public static readonly VerificationStrategy EmailCode = new("email_code");
    /// <summary><c>reset_password_email_code</c></summary>
    public static readonly VerificationStrategy ResetPasswordEmailCode = new("reset_password_email_code");
    /// <summary><c>email_link</c></summary>
    public static readonly VerificationStrategy EmailLink = new("email_link");
    /// <summary><c>admin</c></summary>
    public static readonly VerificationStrategy Admin = new("admin");
    /// <summary><c>ticket</c></summary>
    public static readonly VerificationStrategy Ticket = new("ticket");
    /// <summary><c>saml</c></summary>
    public static readonly VerificationStrategy Saml = new("saml");
    /// <summary><c>scim</c></summary>
    public static readonly VerificationStrategy Scim = new("scim");
    /// <summary><c>passkey</c></summary>
    public static readonly VerificationStrategy Passkey = new("passkey");
    /// <summary><c>google_one_tap</c></summary>
    public static readonly VerificationStrategy GoogleOneTap = new("google_one_tap");
    /// <summary><c>web3_metamask_signature</c></summary>
    public static readonly VerificationStrategy Web3MetamaskSignature = new("web3_metamask_signature");
    /// <summary><c>web3_base_signature</c></summary>
    public static readonly VerificationStrategy Web3BaseSignature = new("web3_base_signature");
    /// <summary><c>web3_coinbase_wallet_signature</c></summary>
    public static readonly VerificationStrategy Web3CoinbaseWalletSignature = new("web3_coinbase_wallet_signature");
    /// <summary><c>web3_okx_wallet_signature</c></summary>
    public static readonly VerificationStrategy Web3OkxWalletSignature = new("web3_okx_wallet_signature");
    /// <summary><c>web3_solana_signature</c></summary>
    public static readonly VerificationStrategy Web3SolanaSignature = new("web3_solana_signature");

    /// <inheritdoc />
    public static VerificationStrategy From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The status of an organization invitation: <c>pending</c>, <c>accepted</c>, <c>revoked</c>, <c>expired</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<OrganizationInvitationStatus>))]
public readonly record struct OrganizationInvitationStatus(string Value) : IOpenEnum<OrganizationInvitationStatus>
{
    /// <summary><c>pending</c></summary>
    public static readonly OrganizationInvitationStatus Pending = new("pending");
    /// <summary><c>accepted</c></summary>
    public static readonly OrganizationInvitationStatus Accepted = new("accepted");
    /// <summary><c>revoked</c></summary>
    public static readonly OrganizationInvitationStatus Revoked = new("revoked");
    /// <summary><c>expired</c></summary>
    public static readonly OrganizationInvitationStatus Expired = new("expired");

    /// <inheritdoc />
    public static OrganizationInvitationStatus From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The protocol of an enterprise connection: <c>saml</c>, <c>oauth</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<EnterpriseProtocol>))]
public readonly record struct EnterpriseProtocol(string Value) : IOpenEnum<EnterpriseProtocol>
{
    /// <summary><c>saml</c></summary>
    public static readonly EnterpriseProtocol Saml = new("saml");
    /// <summary><c>oauth</c></summary>
    public static readonly EnterpriseProtocol Oauth = new("oauth");

    /// <inheritdoc />
    public static EnterpriseProtocol From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
