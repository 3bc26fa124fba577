using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Clerk.Functional.Tokens;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>
/// The organization of a session token, as <c>@clerk/shared</c>'s <c>jwtPayloadParser</c> reads it.
/// v1 claims (no <c>v</c>): <c>org_id</c>, <c>org_role</c>, <c>org_slug</c>, <c>org_permissions</c>, copied.
/// v2 claims (<c>v: 2</c>): the compact <c>o: { id, rol, slg, per, fpm }</c>; <c>OrgRole = "org:" + rol</c>; the
/// permissions come from <c>per</c> (permission names) and <c>fpm</c> (one decimal bit mask per organization-scoped feature
/// of <c>fea</c>, least significant bit = first permission). Without <c>o</c>, every member is absent.
/// </summary>
/// <param name="Id">The organization id.</param>
/// <param name="Role">The role (<c>org:admin</c>).</param>
/// <param name="Slug">The slug.</param>
/// <param name="Permissions">The permissions (<c>org:feature:permission</c>).</param>
public sealed record OrgClaims(string? Id, string? Role, string? Slug, IReadOnlyList<string>? Permissions)
{
    /// <summary>Reads the organization of <paramref name="claims"/>. An error where JavaScript throws: a v2 token with an
    /// <c>o</c> claim whose <c>fea</c> has an element without <c>:</c>, or whose <c>fea</c>, <c>o.per</c> or <c>o.fpm</c>
    /// is set to something other than a string.</summary>
    /// <param name="claims">The session claims.</param>
    public static Either<AuthObjectError, OrgClaims> Parse(JsonElement claims)
    {
        if (Jwt.Member(claims, "v") is not { ValueKind: JsonValueKind.Number } v || !v.TryGetDouble(out var version) || version != 2)
            return new OrgClaims(
                Jwt.StringMember(claims, "org_id"), Jwt.StringMember(claims, "org_role"), Jwt.StringMember(claims, "org_slug"),
                Jwt.Member(claims, "org_permissions") is { ValueKind: JsonValueKind.Array } permissions
                    ? permissions.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToArray()
                    : null);

        var o = Jwt.Member(claims, "o");
        if (!Truthy(o)) return new OrgClaims(null, null, null, null);
        var org = o!.Value;
        var role = Jwt.StringMember(org, "rol") is { Length: > 0 } rol ? "org:" + rol : null;

        var fea = Jwt.Member(claims, "fea");
        if (Truthy(fea) && fea!.Value.ValueKind != JsonValueKind.String)
            return Left<AuthObjectError, OrgClaims>(new AuthObjectError("fea.split is not a function"));
        return Authorization.SplitByScope(Truthy(fea) ? fea!.Value.GetString() : null).Bind(features =>
            OrgPermissions(Jwt.Member(org, "per"), Jwt.Member(org, "fpm"), features.Org)
                .Map(permissions => new OrgClaims(Jwt.StringMember(org, "id"), role, Jwt.StringMember(org, "slg"), permissions)));
    }

    // parsePermissions + buildOrgPermissions.
    private static Either<AuthObjectError, IReadOnlyList<string>> OrgPermissions(JsonElement? per, JsonElement? fpm, IReadOnlyList<string> orgFeatures)
    {
        IReadOnlyList<string> none = [];
        if (!Truthy(per) || !Truthy(fpm)) return Right<AuthObjectError, IReadOnlyList<string>>(none);
        if (per!.Value.ValueKind != JsonValueKind.String) return Left<AuthObjectError, IReadOnlyList<string>>(new AuthObjectError("per.split is not a function"));
        if (fpm!.Value.ValueKind != JsonValueKind.String) return Left<AuthObjectError, IReadOnlyList<string>>(new AuthObjectError("fpm.split is not a function"));
        var permissions = per.Value.GetString()!.Split(',').Select(JsString.Trim).ToArray();
        var masks = fpm.Value.GetString()!.Split(',').Select(m => Mask(JsString.Trim(m))).ToArray();
        var result = new List<string>();
        for (var feature = 0; feature < orgFeatures.Count && feature < masks.Length; feature++)
        {
            if (masks[feature] is not { } mask) continue;
            for (var bit = 0; bit < permissions.Length; bit++)
                if (!(mask >> bit).IsEven) result.Add($"org:{orgFeatures[feature]}:{permissions[bit]}");
        }
        return Right<AuthObjectError, IReadOnlyList<string>>(result);
    }

    // decimalToBinaryBits: only ASCII digits (any length) make a mask; anything else grants nothing.
    private static BigInteger? Mask(string text) =>
        text.Length > 0 && text.All(c => c is >= '0' and <= '9')
            ? BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    // JavaScript truthiness of a JSON value (absent is undefined, falsy).
    private static bool Truthy(JsonElement? value) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined } => false,
        { ValueKind: JsonValueKind.String } s => s.GetString()!.Length > 0,
        { ValueKind: JsonValueKind.Number } n => !n.TryGetDouble(out var d) || d != 0,
        _ => true,
    };
}
