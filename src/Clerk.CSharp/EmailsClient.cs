using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Emails;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>emails</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class EmailsClient(EmailsApi core)
{
    /// <inheritdoc cref="EmailsApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Email> CreateAsync(CreateEmailParams parameters, CreateEmailOptions? options = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, options, cancellationToken));

    /// <inheritdoc cref="EmailsApi.CreateBatch"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<IReadOnlyList<BatchEmailResult>> CreateBatchAsync(IReadOnlyList<CreateBatchEmailParams> messages, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateBatch(messages, cancellationToken));

    /// <inheritdoc cref="EmailsApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<Email> GetAsync(string emailId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(emailId, cancellationToken));
}
