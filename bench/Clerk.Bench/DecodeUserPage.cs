using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Clerk.Functional.Http;
using Clerk.Functional.Json;

namespace Clerk.Bench;

/// <summary>The System.Text.Json context of the baseline: the same options as the SDK's <see cref="ClerkJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    Converters = [typeof(JsDateConverter)])]
[JsonSerializable(typeof(List<Plain.User>))]
public sealed partial class PlainJsonContext : JsonSerializerContext;

/// <summary>
/// Decoding a 500-user page (<c>GET /users?limit=500</c>; 12 MB of pretty-printed JSON): the SDK's resources, which callers cannot mutate,
/// against plain classes with the same members as public settable properties (the fastest shape System.Text.Json
/// source generation decodes). The users are the 50 OpenAPI-generated fixtures of the tests, ten times over.
/// </summary>
[MemoryDiagnoser]
public class DecodeUserPage
{
    private byte[] _page = [];
    private ClerkResponse _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = PageBytes();
        _response = new ClerkResponse(200, [new HeaderValue("Content-Type", "application/json")], _page);
    }

    [Benchmark(Baseline = true, Description = "STJ into plain settable classes")]
    public int PlainSettable() => JsonSerializer.Deserialize(_page, PlainJsonContext.Default.ListUser)!.Count;

    [Benchmark(Description = "STJ into the SDK's User")]
    public int SdkResources() => JsonSerializer.Deserialize(_page, ClerkJsonContext.Default.ListUser)!.Count;

    [Benchmark(Description = "SDK Decode.Array (what getUserList runs)")]
    public int SdkDecodeArray() => ((IReadOnlyList<Clerk.Functional.Resources.User>)Decode.Array(ClerkJsonContext.Default.ListUser)(_response).Case!).Count;

    /// <summary>The page: the fixtures' 50 users, ten times over, as one JSON array.</summary>
    public static byte[] PageBytes()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Clerk.Functional.Tests", "fixtures", "users");
        var users = Directory.GetFiles(folder, "user-*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return System.Text.Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(users, 10).SelectMany(u => u)) + "]");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Clerk.Functional.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Clerk.Functional.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Run the benchmark inside the repository (Clerk.Functional.sln not found).");
    }

    /// <summary>Checks that the comparison is fair: the plain classes are generated from the current resources, and both
    /// shapes decode the same users with the same members. Prints <c>N passed, N failed</c>.</summary>
    public static int Check()
    {
        var results = new List<(string Name, bool Ok)>();
        var generated = MirrorGenerator.Generate(typeof(Clerk.Functional.Resources.User));
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "bench", "Clerk.Bench", "PlainResources.g.cs"));
        results.Add(("PlainResources.g.cs is generated from the current resources", generated == committed));

        var page = PageBytes();
        var plain = JsonSerializer.Deserialize(page, PlainJsonContext.Default.ListUser)!;
        var sdk = JsonSerializer.Deserialize(page, ClerkJsonContext.Default.ListUser)!;
        results.Add(("both shapes decode the same 500 users",
            plain.Count == 500 && sdk.Count == 500 && plain.Select(u => u.Id).SequenceEqual(sdk.Select(u => u.Id))));
        results.Add(("both shapes decode the same nested members",
            plain.Zip(sdk, (a, b) => (First: a, Second: b)).All(p => p.First.EmailAddresses?.Count == p.Second.EmailAddresses.Count &&
                                    p.First.CreatedAt == p.Second.CreatedAt &&
                                    p.First.PublicMetadata.GetRawText() == p.Second.PublicMetadata.GetRawText())));
        foreach (var (name, ok) in results) Console.WriteLine($"{(ok ? "PASS" : "FAIL")} {name}");
        var failed = results.Count(r => !r.Ok);
        Console.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
