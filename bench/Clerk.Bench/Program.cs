using BenchmarkDotNet.Running;
using Clerk.Bench;

if (args is ["generate-plain", ..])
{
    var path = args.Length > 1 ? args[1] : Path.Combine("bench", "Clerk.Bench", "PlainResources.g.cs");
    File.WriteAllText(path, MirrorGenerator.Generate(typeof(Clerk.Functional.Resources.User)));
    Console.WriteLine($"wrote {path}");
    return 0;
}
if (args is ["check", ..])
    return DecodeUserPage.Check();
BenchmarkSwitcher.FromAssembly(typeof(DecodeUserPage).Assembly).Run(args);
return 0;
