using System.Text.Json;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Auth;

/// <summary>The reverification levels of <c>has({ reverification: { level, afterMinutes } })</c>.</summary>
public static class ReverificationLevel
{
    /// <summary>The first factor must have been verified recently.</summary>
    public const string FirstFactor = "first_factor";

    /// <summary>The second factor (or the only enrolled one) must have been verified recently.</summary>
    public const string SecondFactor = "second_factor";

    /// <summary>Both factors (or the first, when no second is enrolled) must have been verified recently.</summary>
    public const string MultiFactor = "multi_factor";
}

/// <summary>
/// A reverification requirement for <see cref="HasParams.Reverification"/>: a preset name (<c>strict_mfa</c>,
/// <c>strict</c>, <c>moderate</c>, <c>lax</c>) or a level with a number of minutes. An unknown name or level, or minutes
/// that are not above zero, never pass (as in <c>@clerk/shared</c>).
/// </summary>
public sealed record ReverificationConfig
{
    private ReverificationConfig(string? preset, string? level, double? afterMinutes)
    {
        Preset = preset;
        Level = level;
        AfterMinutes = afterMinutes;
    }

    /// <summary>The preset name, for the string form.</summary>
    public string? Preset { get; }

    /// <summary>The level (<see cref="ReverificationLevel"/>), for the object form.</summary>
    public string? Level { get; }

    /// <summary>The minutes, for the object form: a factor verified fewer minutes ago than this is fresh.</summary>
    public double? AfterMinutes { get; }

    /// <summary><c>strict_mfa</c>: both factors within 10 minutes.</summary>
    public static ReverificationConfig StrictMfa { get; } = Named("strict_mfa");

    /// <summary><c>strict</c>: the second factor within 10 minutes.</summary>
    public static ReverificationConfig Strict { get; } = Named("strict");

    /// <summary><c>moderate</c>: the second factor within 60 minutes.</summary>
    public static ReverificationConfig Moderate { get; } = Named("moderate");

    /// <summary><c>lax</c>: the second factor within 1,440 minutes.</summary>
    public static ReverificationConfig Lax { get; } = Named("lax");

    /// <summary>The string form: a preset name.</summary>
    /// <param name="preset">The name.</param>
    public static ReverificationConfig Named(string preset) => new(preset ?? "", null, null);

    /// <summary>The object form: <c>{ level, afterMinutes }</c>.</summary>
    /// <param name="level">The level (<see cref="ReverificationLevel"/>).</param>
    /// <param name="afterMinutes">The minutes.</param>
    public static ReverificationConfig Of(string level, double afterMinutes) => new(null, level ?? "", afterMinutes);

    /// <summary>The string form, from C#: <c>Reverification = "strict"</c>.</summary>
    /// <param name="preset">The name.</param>
    public static implicit operator ReverificationConfig(string preset) => Named(preset);

    // validateReverificationConfig: a known preset, or a known level with minutes > 0.
    internal (string Level, double AfterMinutes)? Resolve() =>
        Preset switch
        {
            "strict_mfa" => (ReverificationLevel.MultiFactor, 10),
            "strict" => (ReverificationLevel.SecondFactor, 10),
            "moderate" => (ReverificationLevel.SecondFactor, 60),
            "lax" => (ReverificationLevel.SecondFactor, 1440),
            null when Level is ReverificationLevel.FirstFactor or ReverificationLevel.SecondFactor or ReverificationLevel.MultiFactor &&
                      AfterMinutes is { } minutes && minutes > 0 => (Level, minutes),
            _ => null,
        };
}

/// <summary>
/// The question of <c>has(params)</c>. Each member that is set is checked, and all of them must pass; asking nothing is
/// <c>false</c>. Usable from C# (<c>new HasParams { Role = "org:admin" }</c>) and F# (<c>HasParams(Role = "org:admin")</c>).
/// </summary>
public sealed record HasParams
{
    /// <summary>An organization role; <c>admin</c> and <c>org:admin</c> are the same role.</summary>
    public string? Role { get; init; }

    /// <summary>An organization permission; <c>f1:read</c> and <c>org:f1:read</c> are the same permission.</summary>
    public string? Permission { get; init; }

    /// <summary>A feature: <c>id</c> (organization or user), <c>o:id</c>/<c>org:id</c>/<c>organization:id</c>, or
    /// <c>u:id</c>/<c>user:id</c>. Any other scope never passes.</summary>
    public string? Feature { get; init; }

    /// <summary>A plan, with the same scopes as <see cref="Feature"/>.</summary>
    public string? Plan { get; init; }

    /// <summary>A reverification requirement, checked against the factor verification ages (<c>fva</c>).</summary>
    public ReverificationConfig? Reverification { get; init; }
}

/// <summary>The factor verification ages of a session (the <c>fva</c> claim): minutes since the first and the second
/// factor were last verified, <c>-1</c> when that factor is not enrolled.</summary>
/// <param name="FirstFactorAge">Minutes since the first factor was verified, or -1.</param>
/// <param name="SecondFactorAge">Minutes since the second factor was verified, or -1.</param>
public sealed record FactorVerificationAge(double FirstFactorAge, double SecondFactorAge)
{
    /// <summary>An <c>fva</c> claim as <c>has()</c> accepts it: an array of exactly two finite numbers, each <c>-1</c> or
    /// at least 0; anything else is none.</summary>
    /// <param name="fva">The claim, when present.</param>
    public static Option<FactorVerificationAge> FromClaim(JsonElement? fva)
    {
        if (fva is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() != 2) return None;
        var first = array[0];
        var second = array[1];
        return first.ValueKind == JsonValueKind.Number && second.ValueKind == JsonValueKind.Number &&
               first.TryGetDouble(out var f1) && second.TryGetDouble(out var f2) && IsValidAge(f1) && IsValidAge(f2)
            ? Some(new FactorVerificationAge(f1, f2))
            : None;
    }

    internal bool IsValid => IsValidAge(FirstFactorAge) && IsValidAge(SecondFactorAge);

    private static bool IsValidAge(double age) => double.IsFinite(age) && (age == -1 || age >= 0);
}

/// <summary>What <c>has()</c> decides with: the signed-in session's user, organization, factor ages and entitlements.</summary>
/// <param name="UserId">The user; without one, <c>has()</c> is always false.</param>
/// <param name="OrgId">The active organization.</param>
/// <param name="OrgRole">The role in it (<c>org:admin</c>).</param>
/// <param name="OrgPermissions">The permissions in it (<c>org:feature:permission</c>).</param>
/// <param name="FactorVerificationAge">The factor verification ages.</param>
/// <param name="Features">The <c>fea</c> claim (<c>o:a,u:b,ou:c</c>).</param>
/// <param name="Plans">The <c>pla</c> claim.</param>
public sealed record AuthorizationContext(
    string? UserId,
    string? OrgId,
    string? OrgRole,
    IReadOnlyList<string>? OrgPermissions,
    FactorVerificationAge? FactorVerificationAge,
    string? Features,
    string? Plans);

/// <summary>The features or plans of a <c>fea</c>/<c>pla</c> claim, by scope.</summary>
/// <param name="Org">Organization-scoped values (<c>o:</c>, <c>ou:</c>, <c>uo:</c>), in claim order.</param>
/// <param name="User">User-scoped values (<c>u:</c>, <c>ou:</c>, <c>uo:</c>), in claim order.</param>
public sealed record ScopedValues(IReadOnlyList<string> Org, IReadOnlyList<string> User);

/// <summary>
/// <c>createCheckAuthorization</c> of <c>@clerk/shared</c>: the rules of <c>has()</c>. Organization (role, permission),
/// billing (feature, plan) and reverification are checked separately; each asked dimension must pass and at least one
/// must be asked. Missing or malformed session data fails closed. Never throws.
/// </summary>
public static class Authorization
{
    private enum Verdict { Pass, Fail, Skip }

    private static readonly string[] OrgScopes = ["o", "org", "organization"];
    private static readonly string[] UserScopes = ["u", "user"];

    /// <summary>Decides <c>has(parameters)</c>.</summary>
    /// <param name="context">The session's data.</param>
    /// <param name="parameters">The question.</param>
    public static bool Check(AuthorizationContext context, HasParams parameters)
    {
        if (string.IsNullOrEmpty(context.UserId) || parameters is null) return false;
        Verdict[] verdicts = [Org(context, parameters), Billing(context, parameters), Reverification(context, parameters)];
        return verdicts.Contains(Verdict.Pass) && !verdicts.Contains(Verdict.Fail);
    }

    /// <summary><c>value.replace(/^(org:)*/, 'org:')</c>: any number of leading <c>org:</c> becomes exactly one.</summary>
    /// <param name="value">A role or permission.</param>
    public static string PrefixWithOrg(string value)
    {
        var start = 0;
        while (string.CompareOrdinal(value, start, "org:", 0, 4) == 0) start += 4;
        return "org:" + value[start..];
    }

    /// <summary><c>splitByScope</c>: a comma-separated <c>scope:value</c> claim by scope. <c>o</c> is the organization,
    /// <c>u</c> the user, <c>ou</c>/<c>uo</c> both, other scopes are ignored; an element without <c>:</c> is an error
    /// (<c>Invalid claim element (missing colon): …</c>). An empty or missing claim has no values.</summary>
    /// <param name="claim">The claim text.</param>
    public static Either<AuthObjectError, ScopedValues> SplitByScope(string? claim)
    {
        var org = new List<string>();
        var user = new List<string>();
        if (string.IsNullOrEmpty(claim)) return new ScopedValues(org, user);
        foreach (var raw in claim.Split(','))
        {
            var part = JsString.Trim(raw);
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) return Left<AuthObjectError, ScopedValues>(new AuthObjectError($"Invalid claim element (missing colon): {part}"));
            var scope = part[..colon];
            var value = part[(colon + 1)..];
            if (scope is "o" or "ou" or "uo") org.Add(value);
            if (scope is "u" or "ou" or "uo") user.Add(value);
        }
        return new ScopedValues(org, user);
    }

    private static Verdict Org(AuthorizationContext context, HasParams parameters)
    {
        if (parameters.Role is null && parameters.Permission is null) return Verdict.Skip;
        if (string.IsNullOrEmpty(context.OrgId)) return Verdict.Fail;
        if (parameters.Role is { } role &&
            (string.IsNullOrEmpty(context.OrgRole) || PrefixWithOrg(context.OrgRole) != PrefixWithOrg(role)))
            return Verdict.Fail;
        if (parameters.Permission is { } permission &&
            (context.OrgPermissions is null || !context.OrgPermissions.Contains(PrefixWithOrg(permission), StringComparer.Ordinal)))
            return Verdict.Fail;
        return Verdict.Pass;
    }

    private static Verdict Billing(AuthorizationContext context, HasParams parameters)
    {
        if (parameters.Feature is null && parameters.Plan is null) return Verdict.Skip;
        if (parameters.Feature is { } feature && !Entitled(context.Features, feature)) return Verdict.Fail;
        if (parameters.Plan is { } plan && !Entitled(context.Plans, plan)) return Verdict.Fail;
        return Verdict.Pass;
    }

    // checkForFeatureOrPlan: `scope:id` looks in that scope's list (an unknown scope fails); a bare `id` in both.
    // Only the text between the first and second colon is the id, as JavaScript's destructured split does.
    private static bool Entitled(string? claim, string asked)
    {
        if (string.IsNullOrEmpty(claim)) return false;
        if (SplitByScope(claim).Case is not ScopedValues values) return false;
        var pieces = asked.Split(':');
        var scope = pieces[0];
        if (pieces.Length == 1) return values.Org.Contains(scope, StringComparer.Ordinal) || values.User.Contains(scope, StringComparer.Ordinal);
        var id = pieces[1].Length > 0 ? pieces[1] : scope;
        if (OrgScopes.Contains(scope)) return values.Org.Contains(id, StringComparer.Ordinal);
        if (UserScopes.Contains(scope)) return values.User.Contains(id, StringComparer.Ordinal);
        return false;
    }

    private static Verdict Reverification(AuthorizationContext context, HasParams parameters)
    {
        if (parameters.Reverification is not { } config) return Verdict.Skip;
        if (context.FactorVerificationAge is not { IsValid: true } ages) return Verdict.Fail;
        if (config.Resolve() is not { } resolved) return Verdict.Fail;
        var (level, afterMinutes) = resolved;
        var (f1, f2) = (ages.FirstFactorAge, ages.SecondFactorAge);
        if (f1 == -1 && f2 == -1) return Verdict.Fail;
        var fresh1 = f1 != -1 && afterMinutes > f1;
        var fresh2 = f2 != -1 && afterMinutes > f2;
        var pass = level switch
        {
            ReverificationLevel.FirstFactor => fresh1,
            ReverificationLevel.SecondFactor => f2 == -1 ? fresh1 : fresh2,
            ReverificationLevel.MultiFactor => f2 == -1 ? fresh1 : f1 != -1 && fresh1 && fresh2,
            _ => false,
        };
        return pass ? Verdict.Pass : Verdict.Fail;
    }
}

/// <summary>String helpers with JavaScript's semantics.</summary>
internal static class JsString
{
    /// <summary><c>String.prototype.trim</c>: strips JavaScript white space and line terminators (which differ from
    /// <see cref="string.Trim()"/>: U+FEFF is stripped, U+0085 is not).</summary>
    public static string Trim(string value)
    {
        int start = 0, end = value.Length;
        while (start < end && IsJsSpace(value[start])) start++;
        while (end > start && IsJsSpace(value[end - 1])) end--;
        return value[start..end];
    }

    private static bool IsJsSpace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\uFEFF' or '\u2028' or '\u2029' ||
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;
}
