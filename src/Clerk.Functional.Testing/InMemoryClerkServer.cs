using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Testing.Backend;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clerk.Functional.Testing;

/// <summary>An <see cref="InMemoryClerk"/> served over HTTP on 127.0.0.1 (never another interface). Any Clerk client,
/// <c>@clerk/backend</c> included, can use <see cref="BaseUrl"/> as its API URL.</summary>
public sealed class InMemoryClerkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InMemoryClerkServer(WebApplication app, InMemoryClerk clerk, Uri baseUrl)
    {
        _app = app;
        Clerk = clerk;
        BaseUrl = baseUrl;
    }

    /// <summary>The backend served.</summary>
    public InMemoryClerk Clerk { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123</c> (the API is under <c>/v1</c>).</summary>
    public Uri BaseUrl { get; }

    internal static async Task<InMemoryClerkServer> StartAsync(InMemoryClerk clerk, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The host process owns Ctrl+C and SIGTERM: a test server inside someone's test run must not swallow them.
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(context => Serve(clerk, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InMemoryClerkServer(app, clerk, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)));
    }

    private static async Task Serve(InMemoryClerk clerk, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var request = context.Request;
        var answer = request.ContentType is { } type && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? ClerkErrors.NotImplemented($"{request.Method} {request.Path} (multipart)")
            : clerk.Handle(new BackendRequest(request.Method, request.Path.Value ?? "/", QueryString.Parse(request.QueryString.Value ?? ""),
                request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body));
        context.Response.StatusCode = answer.Status;
        if (answer.Status == 204) return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class NoSignalLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
