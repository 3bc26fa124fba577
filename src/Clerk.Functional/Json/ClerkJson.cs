using System;
using System.Collections.Generic;
using LanguageExt;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Json;

/// <summary>
/// The System.Text.Json source-generated context for every resource and request body: snake_case on the wire,
/// unknown members ignored, unset parameters (<see cref="Optional{T}"/>) and nulls left out of bodies.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    Converters = [typeof(JsDateConverter)])]
// Resources
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(List<User>))]
[JsonSerializable(typeof(EmailAddress))]
[JsonSerializable(typeof(PhoneNumber))]
[JsonSerializable(typeof(OrganizationMembership))]
[JsonSerializable(typeof(OrganizationInvitation))]
[JsonSerializable(typeof(OauthAccessToken))]
[JsonSerializable(typeof(DeletedObject))]
[JsonSerializable(typeof(M2MToken))]
[JsonSerializable(typeof(ApiKey))]
[JsonSerializable(typeof(IdPOAuthAccessToken))]
[JsonSerializable(typeof(ApiKeySecret))]
[JsonSerializable(typeof(PageWire<ApiKey>))]
[JsonSerializable(typeof(M2MTokenPage))]
[JsonSerializable(typeof(Api.ApiKeys.CreateApiKeyParams))]
[JsonSerializable(typeof(Api.ApiKeys.UpdateApiKeyParams))]
[JsonSerializable(typeof(Api.ApiKeys.RevokeApiKeyParams))]
[JsonSerializable(typeof(Api.M2M.CreateM2MTokenParams))]
[JsonSerializable(typeof(Api.M2M.RevokeM2MTokenParams))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(TotalCount))]
[JsonSerializable(typeof(PageWire<User>))]
[JsonSerializable(typeof(PageWire<OrganizationMembership>))]
[JsonSerializable(typeof(PageWire<OrganizationInvitation>))]
[JsonSerializable(typeof(PageWire<OauthAccessToken>))]
[JsonSerializable(typeof(List<OauthAccessToken>))]
[JsonSerializable(typeof(AllowlistIdentifier))]
[JsonSerializable(typeof(List<AllowlistIdentifier>))]
[JsonSerializable(typeof(PageWire<AllowlistIdentifier>))]
[JsonSerializable(typeof(Api.AllowlistIdentifiers.CreateAllowlistIdentifierParams))]
[JsonSerializable(typeof(BlocklistIdentifier))]
[JsonSerializable(typeof(List<BlocklistIdentifier>))]
[JsonSerializable(typeof(PageWire<BlocklistIdentifier>))]
[JsonSerializable(typeof(Api.BlocklistIdentifiers.CreateBlocklistIdentifierParams))]
[JsonSerializable(typeof(RedirectUrl))]
[JsonSerializable(typeof(List<RedirectUrl>))]
[JsonSerializable(typeof(PageWire<RedirectUrl>))]
[JsonSerializable(typeof(Api.RedirectUrls.CreateRedirectUrlParams))]
[JsonSerializable(typeof(SignInToken))]
[JsonSerializable(typeof(Api.SignInTokens.CreateSignInTokenParams))]
[JsonSerializable(typeof(ActorToken))]
[JsonSerializable(typeof(Api.ActorTokens.CreateActorTokenParams))]
[JsonSerializable(typeof(TestingToken))]
[JsonSerializable(typeof(Api.EmailAddresses.CreateEmailAddressParams))]
[JsonSerializable(typeof(Api.EmailAddresses.UpdateEmailAddressParams))]
[JsonSerializable(typeof(Api.PhoneNumbers.CreatePhoneNumberParams))]
[JsonSerializable(typeof(Api.PhoneNumbers.UpdatePhoneNumberParams))]
[JsonSerializable(typeof(Invitation))]
[JsonSerializable(typeof(List<Invitation>))]
[JsonSerializable(typeof(PageWire<Invitation>))]
[JsonSerializable(typeof(Api.Invitations.CreateInvitationParams))]
[JsonSerializable(typeof(IReadOnlyList<Api.Invitations.CreateInvitationParams>))]
[JsonSerializable(typeof(WaitlistEntry))]
[JsonSerializable(typeof(List<WaitlistEntry>))]
[JsonSerializable(typeof(PageWire<WaitlistEntry>))]
[JsonSerializable(typeof(Api.WaitlistEntries.CreateWaitlistEntryParams))]
[JsonSerializable(typeof(IReadOnlyList<Api.WaitlistEntries.CreateWaitlistEntryParams>))]
[JsonSerializable(typeof(Api.WaitlistEntries.InviteWaitlistEntryParams))]
// agentTasks, billing
[JsonSerializable(typeof(AgentTask))]
[JsonSerializable(typeof(Api.AgentTasks.CreateAgentTaskParams))]
[JsonSerializable(typeof(BillingPlan))]
[JsonSerializable(typeof(List<BillingPlan>))]
[JsonSerializable(typeof(PageWire<BillingPlan>))]
[JsonSerializable(typeof(BillingSubscription))]
[JsonSerializable(typeof(BillingSubscriptionItem))]
[JsonSerializable(typeof(Api.Billing.ExtendSubscriptionItemFreeTrialParams))]
// jwks, proxyChecks, betaFeatures, signUps, accountless applications
[JsonSerializable(typeof(JwksDocument))]
[JsonSerializable(typeof(ProxyCheck))]
[JsonSerializable(typeof(Api.ProxyChecks.VerifyProxyCheckParams))]
[JsonSerializable(typeof(Api.BetaFeatures.ChangeDomainParams))]
[JsonSerializable(typeof(SignUpAttempt))]
[JsonSerializable(typeof(Api.SignUps.UpdateSignUpParams))]
[JsonSerializable(typeof(AccountlessApplication))]
[JsonSerializable(typeof(ErrorsWire))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
// The values inside Optional<T> parameters (its converter serializes them through this context)
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(string))]
// Users request bodies and raw results
[JsonSerializable(typeof(CreateUserParams))]
[JsonSerializable(typeof(UpdateUserParams))]
[JsonSerializable(typeof(UserMetadataParams))]
[JsonSerializable(typeof(ReplaceUserEmailAddressParams))]
[JsonSerializable(typeof(ReplaceUserPhoneNumberParams))]
[JsonSerializable(typeof(RemovePasswordParams))]
[JsonSerializable(typeof(SetPasswordCompromisedParams))]
[JsonSerializable(typeof(UserIdResult))]
[JsonSerializable(typeof(VerifyPasswordResult))]
[JsonSerializable(typeof(VerifyTOTPResult))]
// Sessions
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(List<Session>))]
[JsonSerializable(typeof(PageWire<Session>))]
[JsonSerializable(typeof(Api.Sessions.CreateSessionParams))]
[JsonSerializable(typeof(Api.Sessions.RefreshTokenParams))]
[JsonSerializable(typeof(Token))]
[JsonSerializable(typeof(SessionCookies))]
// Clients
[JsonSerializable(typeof(Client))]
[JsonSerializable(typeof(List<Client>))]
[JsonSerializable(typeof(PageWire<Client>))]
[JsonSerializable(typeof(HandshakePayload))]
[JsonSerializable(typeof(Api.Clients.VerifyClientParams))]
// Domains
[JsonSerializable(typeof(Domain))]
[JsonSerializable(typeof(List<Domain>))]
[JsonSerializable(typeof(PageWire<Domain>))]
[JsonSerializable(typeof(Api.Domains.AddDomainParams))]
[JsonSerializable(typeof(Api.Domains.UpdateDomainParams))]
// JwtTemplates
[JsonSerializable(typeof(JwtTemplate))]
[JsonSerializable(typeof(List<JwtTemplate>))]
[JsonSerializable(typeof(PageWire<JwtTemplate>))]
[JsonSerializable(typeof(Api.JwtTemplates.CreateJwtTemplateParams))]
[JsonSerializable(typeof(Api.JwtTemplates.UpdateJwtTemplateParams))]
// Webhooks
[JsonSerializable(typeof(SvixAppUrl))]
// Emails
[JsonSerializable(typeof(Api.Emails.CreateEmailParams))]
[JsonSerializable(typeof(Api.Emails.EmailBatchWire))]
[JsonSerializable(typeof(List<Api.Emails.BatchEmailResultWire>))]
// Emails (resource)
[JsonSerializable(typeof(Email))]
// Instance
[JsonSerializable(typeof(Resources.Instance))]
[JsonSerializable(typeof(InstanceRestrictions))]
[JsonSerializable(typeof(OrganizationSettings))]
[JsonSerializable(typeof(Api.Instance.UpdateInstanceParams))]
[JsonSerializable(typeof(Api.Instance.UpdateRestrictionsParams))]
[JsonSerializable(typeof(Api.Instance.UpdateOrganizationSettingsParams))]
// Organizations
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(List<Organization>))]
[JsonSerializable(typeof(PageWire<Organization>))]
[JsonSerializable(typeof(Api.Organizations.CreateOrganizationParams))]
[JsonSerializable(typeof(Api.Organizations.UpdateOrganizationParams))]
[JsonSerializable(typeof(Api.Organizations.OrganizationMetadataParams))]
[JsonSerializable(typeof(Api.Organizations.CreateOrganizationMembershipParams))]
[JsonSerializable(typeof(Api.Organizations.UpdateOrganizationMembershipParams))]
[JsonSerializable(typeof(Api.Organizations.UpdateOrganizationMembershipMetadataParams))]
[JsonSerializable(typeof(Api.Organizations.CreateOrganizationInvitationParams))]
[JsonSerializable(typeof(Api.Organizations.CreateOrganizationInvitationBulkItem))]
[JsonSerializable(typeof(IReadOnlyList<Api.Organizations.CreateOrganizationInvitationBulkItem>))]
[JsonSerializable(typeof(Api.Organizations.RevokeOrganizationInvitationParams))]
[JsonSerializable(typeof(OrganizationDomain))]
[JsonSerializable(typeof(List<OrganizationDomain>))]
[JsonSerializable(typeof(PageWire<OrganizationDomain>))]
[JsonSerializable(typeof(Api.Organizations.CreateOrganizationDomainParams))]
[JsonSerializable(typeof(Api.Organizations.UpdateOrganizationDomainParams))]
// Machines
[JsonSerializable(typeof(Machine))]
[JsonSerializable(typeof(List<Machine>))]
[JsonSerializable(typeof(PageWire<Machine>))]
[JsonSerializable(typeof(MachineScope))]
[JsonSerializable(typeof(MachineSecretKey))]
[JsonSerializable(typeof(Api.Machines.CreateMachineParams))]
[JsonSerializable(typeof(Api.Machines.UpdateMachineParams))]
[JsonSerializable(typeof(Api.Machines.RotateMachineSecretKeyParams))]
// OAuthApplications
[JsonSerializable(typeof(OAuthApplication))]
[JsonSerializable(typeof(List<OAuthApplication>))]
[JsonSerializable(typeof(PageWire<OAuthApplication>))]
[JsonSerializable(typeof(Api.OAuthApplications.CreateOAuthApplicationParams))]
[JsonSerializable(typeof(Api.OAuthApplications.UpdateOAuthApplicationParams))]
[JsonSerializable(typeof(Api.OAuthApplications.RevokeOAuthApplicationTokenParams))]
// OrganizationPermissions
[JsonSerializable(typeof(Permission))]
[JsonSerializable(typeof(List<Permission>))]
[JsonSerializable(typeof(PageWire<Permission>))]
[JsonSerializable(typeof(Api.OrganizationPermissions.CreateOrganizationPermissionParams))]
[JsonSerializable(typeof(Api.OrganizationPermissions.UpdateOrganizationPermissionParams))]
// OrganizationRoles
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(List<Role>))]
[JsonSerializable(typeof(PageWire<Role>))]
[JsonSerializable(typeof(Api.OrganizationRoles.CreateOrganizationRoleParams))]
[JsonSerializable(typeof(Api.OrganizationRoles.UpdateOrganizationRoleParams))]
// RoleSets
[JsonSerializable(typeof(RoleSet))]
[JsonSerializable(typeof(List<RoleSet>))]
[JsonSerializable(typeof(PageWire<RoleSet>))]
[JsonSerializable(typeof(RoleSetType?))]
[JsonSerializable(typeof(Api.RoleSets.CreateRoleSetParams))]
[JsonSerializable(typeof(Api.RoleSets.UpdateRoleSetParams))]
[JsonSerializable(typeof(Api.RoleSets.AddRolesToRoleSetParams))]
[JsonSerializable(typeof(Api.RoleSets.ReplaceRoleInRoleSetParams))]
[JsonSerializable(typeof(Api.RoleSets.ReplaceRoleSetParams))]
// EnterpriseConnections
[JsonSerializable(typeof(EnterpriseConnection))]
[JsonSerializable(typeof(List<EnterpriseConnection>))]
[JsonSerializable(typeof(PageWire<EnterpriseConnection>))]
[JsonSerializable(typeof(Api.EnterpriseConnections.CreateEnterpriseConnectionParams))]
[JsonSerializable(typeof(Api.EnterpriseConnections.UpdateEnterpriseConnectionParams))]
// SamlConnections
[JsonSerializable(typeof(SamlConnection))]
[JsonSerializable(typeof(List<SamlConnection>))]
[JsonSerializable(typeof(PageWire<SamlConnection>))]
[JsonSerializable(typeof(Api.SamlConnections.CreateSamlConnectionParams))]
[JsonSerializable(typeof(Api.SamlConnections.UpdateSamlConnectionParams))]
public sealed partial class ClerkJsonContext : JsonSerializerContext;

/// <summary>The wire shape of a paginated list: <c>{"data": [...], "total_count": n}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record PageWire<T>
{
    /// <summary>The items.</summary>
    public List<T>? Data { get; init; }

    /// <summary>The total number of items across pages.</summary>
    [JsonConverter(typeof(WholeNumberConverter))]
    public long? TotalCount { get; init; }
}

/// <summary>The wire shape of the M2M token list: <c>{"m2m_tokens": [...], "total_count": n}</c>.</summary>
public sealed record M2MTokenPage
{
    /// <summary>The tokens.</summary>
    [JsonPropertyName("m2m_tokens")]
    public List<M2MToken>? M2MTokens { get; init; }

    /// <summary>The total number of tokens.</summary>
    [JsonConverter(typeof(WholeNumberConverter))]
    public long? TotalCount { get; init; }
}

/// <summary>The wire shape of <c>{"object": "total_count", "total_count": n}</c>.</summary>
public sealed record TotalCount
{
    /// <summary>Always <c>total_count</c>.</summary>
    public string? Object { get; init; }

    /// <summary>The count.</summary>
    [JsonPropertyName("total_count")]
    public long? Count { get; init; }
}

/// <summary>The wire shape of Clerk's error envelope.</summary>
public sealed record ErrorsWire
{
    /// <summary>The errors.</summary>
    public List<ErrorWire?>? Errors { get; init; }

    /// <summary>The trace id, when Clerk sends one in the body.</summary>
    public JsonElement ClerkTraceId { get; init; }
}

/// <summary>One error of Clerk's error envelope, as sent.</summary>
public sealed record ErrorWire
{
    /// <summary>The error code.</summary>
    public JsonElement Code { get; init; }

    /// <summary>The message.</summary>
    public JsonElement Message { get; init; }

    /// <summary>The long message.</summary>
    public JsonElement LongMessage { get; init; }

    /// <summary>The meta object.</summary>
    public JsonElement Meta { get; init; }
}

/// <summary>The serializer settings shared by the core.</summary>
public static class ClerkJson
{
    /// <summary>The context's options: snake_case, source-generated, JavaScript date format.</summary>
    public static JsonSerializerOptions Options => ClerkJsonContext.Default.Options;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Metadata that Clerk left out reads as an empty object, as in <c>@clerk/backend</c>; JSON null stays null.</summary>
    /// <param name="metadata">The decoded member.</param>
    public static JsonElement OrEmptyObject(JsonElement metadata) =>
        metadata.ValueKind == JsonValueKind.Undefined ? EmptyObject : metadata;

    /// <summary>Serializes a request body; an object with no members yields no body, like <c>@clerk/backend</c>.
    /// A value that cannot be written (null parameters, an undefined <see cref="JsonElement"/>) is an
    /// <see cref="Errors.ClerkError.InvalidArgument"/>, never an exception.</summary>
    /// <param name="value">The body value.</param>
    /// <param name="typeInfo">Its source-generated metadata.</param>
    /// <typeparam name="T">The body type.</typeparam>
    public static Either<Errors.ClerkError, Http.RequestBody> Body<T>(T? value, JsonTypeInfo<T> typeInfo) where T : class
    {
        if (value is null)
            return Prelude.Left<Errors.ClerkError, Http.RequestBody>(new Errors.ClerkError.InvalidArgument($"The {typeof(T).Name} are required."));
        try
        {
            var text = JsonSerializer.Serialize(value, typeInfo);
            return text == "{}" ? Http.RequestBody.None : new Http.RequestBody.Json(text);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or JsonException or ArgumentException)
        {
            return Prelude.Left<Errors.ClerkError, Http.RequestBody>(new Errors.ClerkError.InvalidArgument(
                $"The {typeof(T).Name} cannot be sent as JSON: {e.Message}"));
        }
    }
}

/// <summary>Small JSON bodies with fixed members, written without a dedicated type.</summary>
public static class JsonBody
{
    /// <summary>A JSON object of string members, in order.</summary>
    /// <param name="members">Name and value pairs.</param>
    public static Http.RequestBody Strings(params (string Name, string Value)[] members)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members) writer.WriteString(name, value);
            writer.WriteEndObject();
        }
        return new Http.RequestBody.Json(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
