using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.EmailAddresses;
using Clerk.Functional.Api.PhoneNumbers;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>emailAddresses</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class EmailAddressesClient(EmailAddressesApi core)
{
    /// <inheritdoc cref="EmailAddressesApi.GetEmailAddress"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EmailAddress> GetEmailAddressAsync(string emailAddressId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetEmailAddress(emailAddressId, cancellationToken));

    /// <inheritdoc cref="EmailAddressesApi.CreateEmailAddress"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EmailAddress> CreateEmailAddressAsync(CreateEmailAddressParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateEmailAddress(parameters, cancellationToken));

    /// <inheritdoc cref="EmailAddressesApi.UpdateEmailAddress"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<EmailAddress> UpdateEmailAddressAsync(string emailAddressId, UpdateEmailAddressParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdateEmailAddress(emailAddressId, parameters, cancellationToken));

    /// <inheritdoc cref="EmailAddressesApi.DeleteEmailAddress"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteEmailAddressAsync(string emailAddressId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeleteEmailAddress(emailAddressId, cancellationToken));
}

/// <summary>The <c>phoneNumbers</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class PhoneNumbersClient(PhoneNumbersApi core)
{
    /// <inheritdoc cref="PhoneNumbersApi.GetPhoneNumber"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PhoneNumber> GetPhoneNumberAsync(string phoneNumberId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GetPhoneNumber(phoneNumberId, cancellationToken));

    /// <inheritdoc cref="PhoneNumbersApi.CreatePhoneNumber"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PhoneNumber> CreatePhoneNumberAsync(CreatePhoneNumberParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreatePhoneNumber(parameters, cancellationToken));

    /// <inheritdoc cref="PhoneNumbersApi.UpdatePhoneNumber"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PhoneNumber> UpdatePhoneNumberAsync(string phoneNumberId, UpdatePhoneNumberParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.UpdatePhoneNumber(phoneNumberId, parameters, cancellationToken));

    /// <inheritdoc cref="PhoneNumbersApi.DeletePhoneNumber"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeletePhoneNumberAsync(string phoneNumberId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.DeletePhoneNumber(phoneNumberId, cancellationToken));
}
