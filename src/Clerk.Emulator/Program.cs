// The in-memory Clerk as a local server:
//   dotnet run --project src/Clerk.Emulator -- [--port 5123] [--secret-key sk_test_...] [--frontend-api host]
// prints one line with its base URL and keys, then serves on 127.0.0.1 until stopped (Ctrl+C or SIGTERM).
using System;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Testing;

namespace Clerk.Emulator;

public static class Program
{
    private const string Usage = "usage: Clerk.Emulator [--port N] [--secret-key sk_test_...] [--frontend-api HOST]";

    public static async Task<int> Main(string[] args)
    {
        if (Parse(args) is not { } options)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        InMemoryClerk clerk;
        try
        {
            clerk = new InMemoryClerk(options.Clerk);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        using (clerk)
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
            await using var server = await clerk.StartServerAsync(options.Port);
            Console.WriteLine($"Clerk emulator on {server.BaseUrl.ToString().TrimEnd('/')} secret_key={clerk.SecretKey} publishable_key={clerk.PublishableKey}");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        return 0;
    }

    private sealed record Options(int Port, InMemoryClerkOptions Clerk);

    private static Options? Parse(string[] args)
    {
        var port = 5123;
        var clerk = new InMemoryClerkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when int.TryParse(value, out var p) && p is >= 0 and <= 65535:
                    port = p; i++; break;
                case "--secret-key" when !string.IsNullOrEmpty(value):
                    clerk = clerk with { SecretKey = value }; i++; break;
                case "--frontend-api" when !string.IsNullOrEmpty(value):
                    clerk = clerk with { FrontendApi = value }; i++; break;
                default:
                    return null;
            }
        }
        return new Options(port, clerk);
    }
}
