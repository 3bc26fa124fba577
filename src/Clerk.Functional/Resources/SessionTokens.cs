using System.Collections.Generic;
using System.Text.Json.Serialization;

using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>What a session refresh answers with: a <see cref="Token"/> or <see cref="SessionCookies"/>, depending on the
/// format asked for (match on the type).</summary>
public abstract record SessionRefresh
{
    private protected SessionRefresh() { }
}

/// <summary>A session token or a JWT made from a template (<c>token</c>). <see cref="Jwt"/> is a secret.</summary>
public sealed record Token : SessionRefresh
{
    /// <summary>The object type: <c>token</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The encoded JWT.</summary>
    [JsonInclude]
    public string Jwt { get => field ?? ""; internal set; }

    /// <inheritdoc />
    protected override bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Jwt));
}

/// <summary>The cookies of a refreshed session (<c>cookies</c>): <c>Set-Cookie</c> directives to send back to the browser.
/// They carry the session token, so <see cref="Cookies"/> is a secret.</summary>
public sealed record SessionCookies : SessionRefresh
{
    /// <summary>The object type: <c>cookies</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The <c>Set-Cookie</c> directives.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Cookies { get => field ?? []; internal set; }

    /// <inheritdoc />
    protected override bool PrintMembers(System.Text.StringBuilder builder) => Redaction.PrintMembers(this, builder, nameof(Cookies));
}
