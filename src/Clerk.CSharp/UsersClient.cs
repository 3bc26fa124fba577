using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>
/// The <c>users</c> sub-API for conventional C#: each method sends the request of the core method of the same name
/// (without <c>Async</c>) and returns its value. A failure throws the matching <see cref="ClerkException"/>
/// subclass; a cancelled <see cref="CancellationToken"/> throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class UsersClient
{
    private readonly UsersApi _core;

    /// <summary>Wraps the functional sub-API.</summary>
    /// <param name="core">The functional <c>users</c> sub-API.</param>
    public UsersClient(UsersApi core)
    {
        ArgumentNullException.ThrowIfNull(core);
        _core = core;
    }

    /// <inheritdoc cref="UsersApi.BanUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> BanUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.BanUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.CreateUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> CreateUserAsync(CreateUserParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.CreateUser(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserBackupCodes"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<UserIdResult> DeleteUserBackupCodesAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserBackupCodes(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserExternalAccount"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteUserExternalAccountAsync(DeleteUserExternalAccountParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserExternalAccount(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserPasskey"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteUserPasskeyAsync(DeleteUserPasskeyParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserPasskey(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserProfileImage"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> DeleteUserProfileImageAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserProfileImage(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserTOTP"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<UserIdResult> DeleteUserTOTPAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserTOTP(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.DeleteUserWeb3Wallet"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteUserWeb3WalletAsync(DeleteUserWeb3WalletParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DeleteUserWeb3Wallet(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.DisableUserMFA"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<UserIdResult> DisableUserMFAAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.DisableUserMFA(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetCount"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<long> GetCountAsync(UserCountParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetCount(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetOrganizationInvitationList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationInvitation>> GetOrganizationInvitationListAsync(GetUserOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetOrganizationInvitationList(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetOrganizationMembershipList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OrganizationMembership>> GetOrganizationMembershipListAsync(GetUserOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetOrganizationMembershipList(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetUserList"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<User>> GetUserListAsync(GetUserListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetUserList(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetUserOauthAccessToken"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<OauthAccessToken>> GetUserOauthAccessTokenAsync(string userId, string provider, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.GetUserOauthAccessToken(userId, provider, cancellationToken));

    /// <inheritdoc cref="UsersApi.LockUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> LockUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.LockUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.RemovePassword"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> RemovePasswordAsync(string userId, RemovePasswordParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.RemovePassword(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.ReplaceUserEmailAddress"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EmailAddress> ReplaceUserEmailAddressAsync(string userId, ReplaceUserEmailAddressParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.ReplaceUserEmailAddress(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.ReplaceUserMetadata"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> ReplaceUserMetadataAsync(string userId, UserMetadataParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.ReplaceUserMetadata(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.ReplaceUserPhoneNumber"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PhoneNumber> ReplaceUserPhoneNumberAsync(string userId, ReplaceUserPhoneNumberParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.ReplaceUserPhoneNumber(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.SetPasswordCompromised"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> SetPasswordCompromisedAsync(string userId, SetPasswordCompromisedParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.SetPasswordCompromised(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.UnbanUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UnbanUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UnbanUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.UnlockUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UnlockUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UnlockUser(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.UnsetPasswordCompromised"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UnsetPasswordCompromisedAsync(string userId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UnsetPasswordCompromised(userId, cancellationToken));

    /// <inheritdoc cref="UsersApi.UpdateUser"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UpdateUserAsync(string userId, UpdateUserParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UpdateUser(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.UpdateUserMetadata"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UpdateUserMetadataAsync(string userId, UserMetadataParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UpdateUserMetadata(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.UpdateUserProfileImage"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<User> UpdateUserProfileImageAsync(string userId, UpdateUserProfileImageParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.UpdateUserProfileImage(userId, parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.VerifyPassword"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<VerifyPasswordResult> VerifyPasswordAsync(VerifyPasswordParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.VerifyPassword(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.VerifyTOTP"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<VerifyTOTPResult> VerifyTOTPAsync(VerifyTOTPParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(_core.VerifyTOTP(parameters, cancellationToken));

    /// <inheritdoc cref="UsersApi.GetUserListAutoPaging"/>
    /// <param name="parameters">Filters and ordering; <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    /// <exception cref="ClerkException">A page could not be fetched (after the items before it).</exception>
    public IAsyncEnumerable<User> GetUserListAutoPagingAsync(GetUserListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(_core.GetUserListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="UsersApi.GetOrganizationMembershipListAutoPaging"/>
    /// <param name="parameters">The user; <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    /// <exception cref="ClerkException">A page could not be fetched (after the items before it).</exception>
    public IAsyncEnumerable<OrganizationMembership> GetOrganizationMembershipListAutoPagingAsync(GetUserOrganizationMembershipListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(_core.GetOrganizationMembershipListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="UsersApi.GetOrganizationInvitationListAutoPaging"/>
    /// <param name="parameters">The user and status; <c>Limit</c> is the page size.</param>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    /// <exception cref="ClerkException">A page could not be fetched (after the items before it).</exception>
    public IAsyncEnumerable<OrganizationInvitation> GetOrganizationInvitationListAutoPagingAsync(GetUserOrganizationInvitationListParams parameters, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(_core.GetOrganizationInvitationListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="UsersApi.GetUserOauthAccessTokenAutoPaging"/>
    /// <param name="userId">The user's id.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    /// <exception cref="ClerkException">A page could not be fetched (after the items before it).</exception>
    public IAsyncEnumerable<OauthAccessToken> GetUserOauthAccessTokenAutoPagingAsync(string userId, string provider, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(_core.GetUserOauthAccessTokenAutoPaging(userId, provider), cancellationToken);
}
