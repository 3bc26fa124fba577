using Expecto;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

public static class Program
{
    public static int Main(string[] args)
    {
        var tests = ExpectoRunner.TestList("Clerk.CSharp", new[] { ParityTests.All, UnwrappingTests.All, SampleTests.All, ReadmeSampleTests.All, EdgeTests.All, CollectionEdgeTests.All });
        return ExpectoRunner.RunTestsWithCLIArgs(Array.Empty<Expecto.Tests.CLIArguments>(), args, tests);
    }
}
