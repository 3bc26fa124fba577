using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Clerk.Conformance;

// Replays conformance vector files recorded from @clerk/backend and prints one line per case:
//   PASS <name> | FAIL <name>: <why> | DIFF <name>: <documented difference>
// then "N passed, N failed" (DIFF counts as passed: each is a deliberate, documented difference).
// Usage: Clerk.Conformance [--api NAME[,NAME...]] [--spec SPEC.json [--deviations DEVIATIONS.json]] FILE.json...
// With --live URL [--record DIR] (a mock of Clerk's specification at URL) or --fixtures DIR (answers recorded there),
// requests.json is not compared with the recordings: every facade method is called once (see LiveReplayer).
var apis = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var files = new List<string>();
string? specFile = null, deviationsFile = null, liveUrl = null, fixtures = null, record = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--api" && i + 1 < args.Length) apis.UnionWith(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries));
    else if (args[i] == "--spec" && i + 1 < args.Length) specFile = args[++i];
    else if (args[i] == "--deviations" && i + 1 < args.Length) deviationsFile = args[++i];
    else if (args[i] == "--live" && i + 1 < args.Length) liveUrl = args[++i];
    else if (args[i] == "--fixtures" && i + 1 < args.Length) fixtures = args[++i];
    else if (args[i] == "--record" && i + 1 < args.Length) record = args[++i];
    else files.Add(args[i]);
}
using var specDoc = specFile is null ? null : JsonDocument.Parse(File.ReadAllBytes(specFile));
var spec = specDoc is null ? null : new SpecChecker(specDoc.RootElement);
var deviations = deviationsFile is null ? null
    : JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(deviationsFile));
if (files.Count == 0)
{
    Console.Error.WriteLine("usage: Clerk.Conformance [--api NAME[,NAME...]] [--spec SPEC.json [--deviations DEVIATIONS.json]] FILE.json...");
    return 2;
}

var results = new List<CaseResult>();
foreach (var file in files)
{
    using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
    var kind = VectorKinds.Detect(doc.RootElement);
    IAsyncEnumerable<CaseResult> cases = kind switch
    {
        VectorKind.Requests when liveUrl is not null || fixtures is not null =>
            new LiveReplayer(doc.RootElement, apis, deviations, new LiveTarget(liveUrl ?? "http://127.0.0.1:9", fixtures, record)).Run(),
        VectorKind.Requests => new RequestsReplayer(doc.RootElement, apis, spec, deviations).Run(),
        VectorKind.VerifyToken => new VerifyTokenReplayer(doc.RootElement).Run(),
        VectorKind.Webhooks => new WebhooksReplayer(doc.RootElement).Run(),
        VectorKind.AuthenticateRequest => new AuthenticateRequestReplayer(doc.RootElement).Run(),
        _ => Unsupported(file, kind),
    };
    await foreach (var result in cases)
    {
        results.Add(result);
        Console.WriteLine(result.Line);
    }
}

var failed = results.Count(r => r.Verdict == Verdict.Fail);
var passed = results.Count - failed;
Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 && passed > 0 ? 0 : 1;

static async IAsyncEnumerable<CaseResult> Unsupported(string file, VectorKind kind)
{
    await Task.CompletedTask;
    yield return CaseResult.Fail(Path.GetFileName(file), $"vector kind {kind} is not replayed yet");
}
