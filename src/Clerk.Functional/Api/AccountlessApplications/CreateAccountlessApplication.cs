using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.AccountlessApplications;

/// <summary>What <see cref="AccountlessApplicationsApi.CreateAccountlessApplication"/> and
/// <see cref="AccountlessApplicationsApi.CompleteAccountlessApplicationOnboarding"/> send besides the route.</summary>
public sealed record AccountlessApplicationParams
{
    /// <summary>Headers of the incoming request to forward, each sent as a request header (a forwarded
    /// <c>Authorization</c> replaces the secret key's, as in <c>@clerk/backend</c>).</summary>
    public IReadOnlyDictionary<string, string>? RequestHeaders { get; init; }

    /// <summary>Which framework or tool asks, sent as the <c>source</c> query parameter, e.g. <c>nextjs</c>.</summary>
    public string? Source { get; init; }
}

public static partial class AccountlessApplicationsRequests
{
    /// <summary><c>POST /accountless_applications</c> (a route <c>@clerk/backend</c> calls that the specification lacks);
    /// the secret key is sent when configured, and not needed.</summary>
    /// <param name="parameters">Forwarded headers and the source.</param>
    public static Either<ClerkError, ApiCall<AccountlessApplication>> CreateAccountlessApplication(AccountlessApplicationParams? parameters = null) =>
        Send(AccountlessApplications, parameters);

    private static Either<ClerkError, ApiCall<AccountlessApplication>> Send(Route route, AccountlessApplicationParams? parameters)
    {
        var p = parameters ?? new AccountlessApplicationParams();
        var headers = (p.RequestHeaders ?? new Dictionary<string, string>()).Select(h => new HeaderValue(h.Key, h.Value)).ToArray();
        return ApiCall.Of(HttpVerb.Post, route, Decode.Json(Ctx.AccountlessApplication),
            query: QueryBuilder.Empty.Add("source", p.Source).Build(),
            flags: new RequestFlags(Authorization: RequestKey.OptionalSecretKey, Headers: ValueList.From(headers)));
    }
}

public sealed partial class AccountlessApplicationsApi
{
    /// <summary><c>POST /accountless_applications</c>: creates a keyless development application, with its keys
    /// and the URL to claim it (experimental; works without a secret key).</summary>
    /// <param name="parameters">Forwarded headers and the source.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, AccountlessApplication>> CreateAccountlessApplication(AccountlessApplicationParams? parameters = null, CancellationToken cancellationToken = default) =>
        _runner.Run(AccountlessApplicationsRequests.CreateAccountlessApplication(parameters), cancellationToken);
}
