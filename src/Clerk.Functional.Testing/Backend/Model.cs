using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary>Clerk's two default organization roles and their system permissions; any other <c>org:</c> role is accepted
/// with no permissions (the in-memory Clerk keeps no custom roles).</summary>
internal static class Roles
{
    public const string Admin = "org:admin";
    public const string Member = "org:member";

    private static readonly string[] AdminPermissions =
    [
        "org:sys_profile:manage", "org:sys_profile:delete", "org:sys_memberships:read", "org:sys_memberships:manage",
        "org:sys_domains:read", "org:sys_domains:manage",
    ];

    private static readonly string[] MemberPermissions = ["org:sys_memberships:read"];

    public static IReadOnlyList<string> Permissions(string role) => role switch
    {
        Admin => AdminPermissions,
        Member => MemberPermissions,
        _ => [],
    };

    public static string Name(string role) => role switch
    {
        Admin => "Admin",
        Member => "Member",
        _ => role.StartsWith("org:", StringComparison.Ordinal) ? role["org:".Length..] : role,
    };

    public static bool IsValid(string role) => role.StartsWith("org:", StringComparison.Ordinal) && role.Length > "org:".Length;
}

/// <summary>Reads over the state shared by several handlers.</summary>
internal static class Query
{
    public static IEnumerable<EmailRow> EmailsOf(State s, string userId) =>
        s.Emails.Values.Where(e => e.UserId == userId).OrderBy(e => e.Seq);

    public static IEnumerable<PhoneRow> PhonesOf(State s, string userId) =>
        s.Phones.Values.Where(p => p.UserId == userId).OrderBy(p => p.Seq);

    public static IEnumerable<MembershipRow> MembersOf(State s, string orgId) =>
        s.Memberships.Values.Where(m => m.OrgId == orgId).OrderBy(m => m.Seq);

    public static MembershipRow? Membership(State s, string orgId, string userId) =>
        s.Memberships.Values.FirstOrDefault(m => m.OrgId == orgId && m.UserId == userId);

    public static bool EmailTaken(State s, string address) =>
        s.Emails.Values.Any(e => string.Equals(e.Address, address, StringComparison.OrdinalIgnoreCase));

    public static bool PhoneTaken(State s, string number) => s.Phones.Values.Any(p => p.Number == number);

    public static OrgRow? OrgByIdOrSlug(State s, string idOrSlug) =>
        s.Orgs.GetValueOrDefault(idOrSlug) ?? s.Orgs.Values.FirstOrDefault(o => o.Slug == idOrSlug);

    /// <summary>Orders rows by a Clerk <c>order_by</c> (<c>-created_at</c>, <c>+name</c>, ...); equal keys keep creation order.</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> rows, string? orderBy, string fallback, Func<T, string, IComparable?> key, Func<T, long> seq)
    {
        var spec = string.IsNullOrEmpty(orderBy) ? fallback : orderBy;
        var descending = spec.StartsWith('-');
        var field = spec.TrimStart('+', '-');
        var ordered = descending
            ? rows.OrderByDescending(r => key(r, field), NullsLast.Instance)
            : rows.OrderBy(r => key(r, field), NullsLast.Instance);
        return descending ? ordered.ThenByDescending(seq) : ordered.ThenBy(seq);
    }

    private sealed class NullsLast : IComparer<IComparable?>
    {
        public static readonly NullsLast Instance = new();

        public int Compare(IComparable? x, IComparable? y) =>
            x is null ? (y is null ? 0 : 1) : y is null ? -1 : x is string a && y is string b ? string.CompareOrdinal(a, b) : x.CompareTo(y);
    }

    /// <summary>Clerk's <c>limit</c> (default 10, 1 to 500) and <c>offset</c>; a bad value is a 422.</summary>
    public static (int Limit, int Offset, BackendResponse? Error) Paging(Input input)
    {
        var limit = 10;
        var offset = 0;
        if (input.Query("limit") is { } l && (!int.TryParse(l, out limit) || limit < 1 || limit > 500))
            return (0, 0, ClerkErrors.Invalid("limit", "limit must be a number between 1 and 500."));
        if (input.Query("offset") is { } o && (!int.TryParse(o, out offset) || offset < 0))
            return (0, 0, ClerkErrors.Invalid("offset", "offset must be a number greater than or equal to 0."));
        return (limit, offset, null);
    }
}

/// <summary>Ids that look like Clerk's (<c>user_</c> and 27 letters and digits), derived from the row's sequence number
/// and the instance's seed, so one backend hands out the same ids in the same order on every run.</summary>
internal static class Ids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Of(string prefix, long seq, string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{prefix}/{seq}"));
        var chars = new char[27];
        chars[0] = '2';
        for (var i = 1; i < chars.Length; i++) chars[i] = Alphabet[hash[i] % Alphabet.Length];
        return $"{prefix}_{new string(chars)}";
    }
}

/// <summary>Clerk's metadata updates: a merge where an object merges deeply and null deletes the key.</summary>
internal static class MetadataMerge
{
    public static JsonElement Merge(JsonElement current, JsonElement patch)
    {
        var target = JsonNode.Parse(current.ValueKind == JsonValueKind.Object ? current.GetRawText() : "{}")!.AsObject();
        MergeInto(target, JsonNode.Parse(patch.GetRawText())!.AsObject());
        return JsonDocument.Parse(target.ToJsonString()).RootElement.Clone();
    }

    private static void MergeInto(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null) target.Remove(key);
            else if (value is JsonObject patchObject && target[key] is JsonObject targetObject) MergeInto(targetObject, patchObject);
            else target[key] = value.DeepClone();
        }
    }

    public static JsonElement Copy(JsonElement element) => element.Clone();
}
