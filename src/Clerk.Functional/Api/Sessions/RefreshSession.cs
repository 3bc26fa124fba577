using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Sessions;

/// <summary>The parameters of <see cref="SessionsApi.RefreshSession"/>: the body (its keys are Clerk's own, as in
/// <c>@clerk/backend</c>'s <c>RefreshTokenParams</c>) and <see cref="SuffixedCookies"/>, which goes to the query. Only set members are sent.</summary>
public sealed record RefreshTokenParams
{
    /// <summary>The expired session token (the <c>__session</c> cookie); it must belong to the session.</summary>
    public required string ExpiredToken { get; init; }

    /// <summary>The refresh token (the <c>__refresh</c> cookie set by the handshake).</summary>
    public required string RefreshToken { get; init; }

    /// <summary>The origin of the request being authenticated, e.g. <c>https://example.com</c>.</summary>
    public required string RequestOrigin { get; init; }

    /// <summary>The IP address the request came from.</summary>
    public string? RequestOriginatingIp { get; init; }

    /// <summary>The headers of the request being authenticated, name to values; names are sent exactly as given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? RequestHeaders { get; init; }

    /// <summary>Whether the application uses suffixed cookie names; sent as the query <c>suffixed_cookies=true</c> when true.</summary>
    [JsonIgnore]
    public bool? SuffixedCookies { get; init; }

    /// <summary>What Clerk answers with: a <see cref="Token"/> (<c>token</c>, the default) or <see cref="SessionCookies"/> (<c>cookie</c>).</summary>
    public SessionRefreshFormat? Format { get; init; }

    // Secrets stay out of ToString().
    private bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(ExpiredToken), nameof(RefreshToken), nameof(RequestHeaders));
}

/// <summary>The answer format of a session refresh: <c>token</c>, <c>cookie</c>, or a newer value.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(OpenEnumConverter<SessionRefreshFormat>))]
public readonly record struct SessionRefreshFormat(string Value) : IOpenEnum<SessionRefreshFormat>
{
    /// <summary><c>token</c>: the answer is a <see cref="Resources.Token"/>.</summary>
    public static readonly SessionRefreshFormat Token = new("token");
    /// <summary><c>cookie</c>: the answer is <see cref="SessionCookies"/>.</summary>
    public static readonly SessionRefreshFormat Cookie = new("cookie");

    /// <inheritdoc />
    public static SessionRefreshFormat From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

public static partial class SessionsRequests
{
    /// <summary><c>POST /sessions/{session_id}/refresh</c>, with <c>suffixed_cookies=true</c> in the query when asked for.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="parameters">The tokens and the request being authenticated.</param>
    public static Either<ClerkError, ApiCall<SessionRefresh>> RefreshSession(string sessionId, RefreshTokenParams? parameters) =>
        from p in Params.Require(parameters)
        from body in ClerkJson.Body(p, Ctx.RefreshTokenParams)
        from call in ApiCall.Of(HttpVerb.Post, Sessions.ThenId(sessionId).Then("refresh"), SessionRefreshDecoder, body,
            QueryBuilder.Empty.Add("suffixed_cookies", p.SuffixedCookies).Build())
        select call;

    // Clerk answers with the object its format names ("token" or "cookies"); without one, the shape decides.
    private static readonly Decoder<SessionRefresh> SessionRefreshDecoder = response =>
        Decode.Raw(response).Bind(body => IsCookies(body)
            ? Decode.Json(Ctx.SessionCookies)(response).Map(c => (SessionRefresh)c)
            : Decode.Json(Ctx.Token)(response).Map(t => (SessionRefresh)t));

    private static bool IsCookies(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && (body.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.String
            ? o.GetString() == "cookies"
            : body.TryGetProperty("cookies", out var c) && c.ValueKind == JsonValueKind.Array);
}

public sealed partial class SessionsApi
{
    /// <summary><c>POST /sessions/{session_id}/refresh</c>: a new session token for an expired one, as a <see cref="Token"/>
    /// or, with <see cref="SessionRefreshFormat.Cookie"/>, as the <c>Set-Cookie</c> directives of <see cref="SessionCookies"/>
    /// (match on the result's type).</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="parameters">The tokens and the request being authenticated.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, SessionRefresh>> RefreshSession(string sessionId, RefreshTokenParams parameters, CancellationToken cancellationToken = default) =>
        _runner.Run(SessionsRequests.RefreshSession(sessionId, parameters), cancellationToken);
}
