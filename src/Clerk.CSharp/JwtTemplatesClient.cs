using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Api.JwtTemplates;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.CSharp;

/// <summary>The <c>jwtTemplates</c> sub-API for conventional C#: each method runs the core method of the same name.</summary>
/// <param name="core">The functional sub-API.</param>
public sealed class JwtTemplatesClient(JwtTemplatesApi core)
{
    /// <inheritdoc cref="JwtTemplatesApi.List"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<PaginatedResourceResponse<JwtTemplate>> ListAsync(GetJwtTemplateListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.List(parameters, cancellationToken));

    /// <inheritdoc cref="JwtTemplatesApi.ListAutoPaging"/>
    /// <exception cref="ClerkException">A page could not be fetched; the items before it were yielded.</exception>
    public IAsyncEnumerable<JwtTemplate> ListAutoPagingAsync(GetJwtTemplateListParams? parameters = null, CancellationToken cancellationToken = default) =>
        Effects.StreamAsync(core.ListAutoPaging(parameters), cancellationToken);

    /// <inheritdoc cref="JwtTemplatesApi.Get"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<JwtTemplate> GetAsync(string templateId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Get(templateId, cancellationToken));

    /// <inheritdoc cref="JwtTemplatesApi.Create"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<JwtTemplate> CreateAsync(CreateJwtTemplateParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Create(parameters, cancellationToken));

    /// <inheritdoc cref="JwtTemplatesApi.Update"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<JwtTemplate> UpdateAsync(UpdateJwtTemplateParams parameters, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Update(parameters, cancellationToken));

    /// <inheritdoc cref="JwtTemplatesApi.Delete"/>
    /// <exception cref="ClerkException">The call failed; the subclass says how.</exception>
    public Task<DeletedObject> DeleteAsync(string templateId, CancellationToken cancellationToken = default) =>
        Effects.RunAsync(core.Delete(templateId, cancellationToken));
}
