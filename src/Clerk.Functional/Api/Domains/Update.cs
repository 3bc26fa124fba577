using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Domains;

/// <summary>The parameters of <see cref="DomainsApi.Update"/>: the domain's id (path) and the changes (body). Only set members are sent.</summary>
public sealed record UpdateDomainParams
{
    /// <summary>The domain's id.</summary>
    [JsonIgnore]
    public string DomainId { get; init; } = "";

    /// <summary>The new domain name (a FQDN in production, without scheme).</summary>
    public string? Name { get; init; }

    /// <summary>The URL of the proxy to Clerk's Frontend API (production only); null is sent as null.</summary>
    public Optional<string?> ProxyUrl { get; init; }

    /// <summary>Whether the domain is for a secondary app (its subdomain is significant); null is sent as null.</summary>
    public Optional<bool?> IsSecondary { get; init; }
}

public static partial class DomainsRequests
{
    /// <summary><c>PATCH /domains/{domain_id}</c>.</summary>
    /// <param name="parameters">The domain and the changes.</param>
    public static Either<ClerkError, ApiCall<Domain>> Update(UpdateDomainParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.UpdateDomainParams)
        from call in ApiCall.Of(HttpVerb.Patch, Domains.ThenId(p.DomainId), Decode.Json(Ctx.Domain), body)
        select call;
}

public sealed partial class DomainsApi
{
    /// <summary><c>PATCH /domains/{domain_id}</c>: renames a domain or changes its proxy.</summary>
    /// <param name="parameters">The domain and the changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Domain>> Update(UpdateDomainParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(DomainsRequests.Update(parameters), cancellationToken);
}
