using System.Text.Json;

namespace Clerk.Conformance;

public enum Verdict { Pass, Fail, Diff }

public sealed record CaseResult(string Name, Verdict Verdict, string Detail)
{
    public static CaseResult Pass(string name) => new(name, Verdict.Pass, "");
    public static CaseResult Fail(string name, string why) => new(name, Verdict.Fail, why);
    public static CaseResult Diff(string name, string difference) => new(name, Verdict.Diff, difference);

    public string Line => Verdict switch
    {
        Verdict.Pass => $"PASS {Name}",
        Verdict.Fail => $"FAIL {Name}: {Detail}",
        _ => $"DIFF {Name}: {Detail}",
    };
}

public enum VectorKind { Requests, VerifyToken, Webhooks, AuthenticateRequest, Unknown }

public static class VectorKinds
{
    // The files differ by their top-level members (see the vectors' README).
    public static VectorKind Detect(JsonElement root) =>
        root.TryGetProperty("surface", out _) && root.TryGetProperty("clients", out _) ? VectorKind.Requests
        : root.TryGetProperty("instances", out _) ? VectorKind.AuthenticateRequest
        : root.TryGetProperty("requestUrl", out _) ? VectorKind.Webhooks
        : root.TryGetProperty("keys", out _) ? VectorKind.VerifyToken
        : VectorKind.Unknown;
}
