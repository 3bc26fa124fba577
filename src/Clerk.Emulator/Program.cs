// The in-memory Clerk as a local server:
//   dotnet run --project src/Clerk.Emulator -- [--port 5123] [--secret-key sk_test_...] [--frontend-api host]
// prints one line with its base URL and keys, then serves on 127.0.0.1 until stopped (Ctrl+C or SIGTERM).
//   dotnet run --project src/Clerk.Emulator -- --list-routes
// prints the routes it serves, one per line ("GET /v1/users/{user_id}"); any other route answers 501.
using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Testing;

namespace Clerk.Emulator;

public static class Program
{
    private const string Usage = "usage: Clerk.Emulator [--port N] [--secret-key sk_test_...] [--frontend-api HOST] | --list-routes";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["--list-routes"])
        {
            foreach (var route in InMemoryClerk.Routes) Console.WriteLine(route);
            return 0;
        }
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
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            InMemoryClerkServer server;
            try
            {
                server = await clerk.StartServerAsync(options.Port);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"cannot serve on 127.0.0.1:{options.Port}: {e.InnerException?.Message ?? e.Message}");
                return 1;
            }
            await using var _ = server;
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
