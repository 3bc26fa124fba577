using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.Webhooks;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>webhooks</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class WebhooksClient(WebhooksApi core)
{
    /// <inheritdoc cref="WebhooksApi.CreateSvixApp"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SvixAppUrl> CreateSvixAppAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.CreateSvixApp(cancellationToken));

    /// <inheritdoc cref="WebhooksApi.GenerateSvixAuthURL"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<SvixAppUrl> GenerateSvixAuthURLAsync(CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.GenerateSvixAuthURL(cancellationToken));

    /// <inheritdoc cref="WebhooksApi.DeleteSvixApp"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task DeleteSvixAppAsync(CancellationToken cancellationToken = default) =>
        Effects.RunVoidAsync(core.DeleteSvixApp(cancellationToken));
}
