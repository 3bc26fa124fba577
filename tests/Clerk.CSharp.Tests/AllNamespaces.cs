// Imports every public namespace of both libraries, with no aliases: it compiles only while no two public types
// share a simple name. EdgeTests checks that the list below is every public namespace.
using Clerk.CSharp;
using Clerk.Functional;
using Clerk.Functional.Api;
using Clerk.Functional.Api.ActorTokens;
using Clerk.Functional.Api.AllowlistIdentifiers;
using Clerk.Functional.Api.ApiKeys;
using Clerk.Functional.Api.BlocklistIdentifiers;
using Clerk.Functional.Api.EmailAddresses;
using Clerk.Functional.Api.IdPOAuthAccessToken;
using Clerk.Functional.Api.Invitations;
using Clerk.Functional.Api.AgentTasks;
using Clerk.Functional.Api.Billing;
using Clerk.Functional.Api.Jwks;
using Clerk.Functional.Api.ProxyChecks;
using Clerk.Functional.Api.BetaFeatures;
using Clerk.Functional.Api.SignUps;
using Clerk.Functional.Api.AccountlessApplications;
using Clerk.Functional.Api.M2M;
using Clerk.Functional.Api.PhoneNumbers;
using Clerk.Functional.Api.RedirectUrls;
using Clerk.Functional.Api.Sessions;
using Clerk.Functional.Api.SignInTokens;
using Clerk.Functional.Api.TestingTokens;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Api.WaitlistEntries;
using Clerk.Functional.Api.Clients;
using Clerk.Functional.Api.Domains;
using Clerk.Functional.Api.JwtTemplates;
using Clerk.Functional.Api.Webhooks;
using Clerk.Functional.Api.Emails;
using Clerk.Functional.Api.Instance;
using Clerk.Functional.Api.Organizations;
using Clerk.Functional.Api.Machines;
using Clerk.Functional.Api.OAuthApplications;
using Clerk.Functional.Api.OrganizationPermissions;
using Clerk.Functional.Api.OrganizationRoles;
using Clerk.Functional.Api.RoleSets;
using Clerk.Functional.Api.EnterpriseConnections;
using Clerk.Functional.Api.SamlConnections;
using Clerk.Functional.Auth;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Options;
using Clerk.Functional.Pagination;
using Clerk.Functional.Resources;
using Clerk.Functional.Tokens;
using Clerk.Functional.Transport;
using Clerk.Functional.Webhooks;

namespace Clerk.CSharp.Tests;

/// <summary>Types of every layer named without qualification.</summary>
public static class AllNamespaces
{
    /// <summary>The namespaces imported above.</summary>
    public static readonly string[] Imported =
    [
        "Clerk.CSharp", "Clerk.Functional", "Clerk.Functional.Api", "Clerk.Functional.Api.ActorTokens", "Clerk.Functional.Api.AllowlistIdentifiers",
        "Clerk.Functional.Api.ApiKeys", "Clerk.Functional.Api.BlocklistIdentifiers", "Clerk.Functional.Api.EmailAddresses",
        "Clerk.Functional.Api.IdPOAuthAccessToken", "Clerk.Functional.Api.Invitations", "Clerk.Functional.Api.M2M", "Clerk.Functional.Api.PhoneNumbers", "Clerk.Functional.Api.RedirectUrls", "Clerk.Functional.Api.SignInTokens", "Clerk.Functional.Api.TestingTokens", "Clerk.Functional.Api.Users", "Clerk.Functional.Api.WaitlistEntries",
        "Clerk.Functional.Api.AgentTasks", "Clerk.Functional.Api.Billing",
        "Clerk.Functional.Api.Jwks", "Clerk.Functional.Api.ProxyChecks", "Clerk.Functional.Api.BetaFeatures", "Clerk.Functional.Api.SignUps", "Clerk.Functional.Api.AccountlessApplications",
        "Clerk.Functional.Api.Sessions",
        "Clerk.Functional.Api.Machines",
        "Clerk.Functional.Api.OAuthApplications",
        "Clerk.Functional.Api.SamlConnections",
        "Clerk.Functional.Api.EnterpriseConnections",
        "Clerk.Functional.Api.Instance",
        "Clerk.Functional.Api.Emails",
        "Clerk.Functional.Api.Webhooks",
        "Clerk.Functional.Api.JwtTemplates",
        "Clerk.Functional.Api.Domains",
        "Clerk.Functional.Api.Clients",
        "Clerk.Functional.Api.Organizations",
        "Clerk.Functional.Api.RoleSets",
        "Clerk.Functional.Api.OrganizationRoles",
        "Clerk.Functional.Api.OrganizationPermissions",
        "Clerk.Functional.Auth", "Clerk.Functional.Errors", "Clerk.Functional.Http", "Clerk.Functional.Json",
        "Clerk.Functional.Options", "Clerk.Functional.Pagination", "Clerk.Functional.Resources", "Clerk.Functional.Tokens",
        "Clerk.Functional.Transport", "Clerk.Functional.Webhooks",
    ];

    /// <summary>Names a type of each namespace; returns the types so the compiler cannot drop the references.</summary>
    public static Type[] UseTypesOfEveryLayer() =>
    [
        typeof(ClerkClient), typeof(UsersClient), typeof(ApiKeysClient), typeof(M2MClient), typeof(IdPOAuthAccessTokenClient),
        typeof(ClerkApi), typeof(UsersApi), typeof(ApiKeysApi), typeof(M2MApi), typeof(IdPOAuthAccessTokenApi),
        typeof(AllowlistIdentifiersClient), typeof(AllowlistIdentifiersApi), typeof(BlocklistIdentifiersClient), typeof(BlocklistIdentifiersApi),
        typeof(CreateAllowlistIdentifierParams), typeof(CreateBlocklistIdentifierParams), typeof(AllowlistIdentifier), typeof(IdentifierType),
        typeof(RedirectUrlsClient), typeof(SignInTokensApi), typeof(ActorTokensClient), typeof(TestingTokensApi), typeof(CreateActorTokenParams),
        typeof(EmailAddressesClient), typeof(PhoneNumbersApi), typeof(CreateEmailAddressParams), typeof(UpdatePhoneNumberParams),
        typeof(InvitationsClient), typeof(InvitationsApi), typeof(CreateInvitationParams),
        typeof(WaitlistEntriesClient), typeof(WaitlistEntriesApi), typeof(CreateWaitlistEntryParams),
        typeof(AgentTasksClient), typeof(AgentTasksApi), typeof(CreateAgentTaskParams), typeof(BillingClient), typeof(BillingApi), typeof(GetPlanListParams),
        typeof(JwksClient), typeof(ProxyChecksApi), typeof(BetaFeaturesClient), typeof(SignUpsApi), typeof(AccountlessApplicationsClient), typeof(UpdateSignUpParams), typeof(JwksDocument),
        typeof(SessionsClient), typeof(SessionsApi), typeof(RefreshTokenParams), typeof(SessionRefresh),
        typeof(MachinesClient), typeof(MachinesApi),
        typeof(OAuthApplicationsClient), typeof(OAuthApplicationsApi),
#pragma warning disable CS0618 // the deprecated samlConnections sub-API
        typeof(SamlConnectionsClient), typeof(SamlConnectionsApi),
#pragma warning restore CS0618
        typeof(EnterpriseConnectionsClient), typeof(EnterpriseConnectionsApi),
        typeof(InstanceClient), typeof(InstanceApi),
        typeof(EmailsClient), typeof(EmailsApi),
        typeof(WebhooksClient), typeof(WebhooksApi),
        typeof(JwtTemplatesClient), typeof(JwtTemplatesApi),
        typeof(DomainsClient), typeof(DomainsApi),
        typeof(ClientsClient), typeof(ClientsApi),
        typeof(OrganizationsClient), typeof(OrganizationsApi),
        typeof(RoleSetsClient), typeof(RoleSetsApi),
        typeof(OrganizationRolesClient), typeof(OrganizationRolesApi),
        typeof(OrganizationPermissionsClient), typeof(OrganizationPermissionsApi),
        typeof(FileUpload), typeof(GetUserListParams), typeof(CreateApiKeyParams), typeof(CreateM2MTokenParams),
        typeof(VerifyOAuthAccessTokenOptions), typeof(RequestState), typeof(AuthObject), typeof(ClerkError),
        typeof(ClerkRequest), typeof(RequestKey), typeof(ValueList<string>), typeof(ClerkJsonContext), typeof(ClerkClientOptions),
        typeof(Pager<User>), typeof(User), typeof(IdPOAuthAccessToken), typeof(VerifyTokenOptions), typeof(RetryPolicy),
        typeof(WebhookEvent), typeof(ClerkException), typeof(ClerkTokens), typeof(ClerkWebhooks), typeof(ClerkAuth),
    ];
}
