// The quickstart: `dotnet run --project samples/Quickstart`.
// With no configuration it starts the embedded in-memory Clerk on 127.0.0.1 and walks through the SDK: an organization
// and users, paging, a session token, and authenticateRequest ending signed-in. With CLERK_SECRET_KEY set it makes
// read-only calls against that instance instead.
using Clerk.CSharp;
using Clerk.Functional.Api.Organizations;
using Clerk.Functional.Api.Sessions;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Auth;
using Clerk.Functional.Json;
using Clerk.Functional.Options;
using Clerk.Functional.Testing;

namespace Clerk.Quickstart;

public static class Program
{
    public static async Task<int> Main()
    {
        try
        {
            if (Environment.GetEnvironmentVariable("CLERK_SECRET_KEY") is { Length: > 0 })
                await ReadOnlyTour(ClerkClient.Default);
            else
                await EmbeddedTour();
            return 0;
        }
        catch (ClerkException e)
        {
            Console.Error.WriteLine($"Clerk refused: {e.Message}");
            return 1;
        }
    }

    /// <summary>Everything on the embedded in-memory Clerk, served over HTTP on 127.0.0.1.</summary>
    private static async Task EmbeddedTour()
    {
        using var backend = new InMemoryClerk();
        await using var server = await backend.StartServerAsync();
        var apiUrl = server.BaseUrl.ToString().TrimEnd('/');
        Console.WriteLine($"embedded Clerk on {apiUrl} (no account needed)");
        var clerk = new ClerkClient(new ClerkClientOptions { SecretKey = backend.SecretKey, PublishableKey = backend.PublishableKey, ApiUrl = apiUrl });

        var ada = await clerk.Users.CreateUserAsync(new CreateUserParams
        {
            EmailAddress = new[] { "ada@example.com" }, Username = "ada_lovelace", FirstName = "Ada", LastName = "Lovelace",
        });
        var org = await clerk.Organizations.CreateOrganizationAsync(new CreateOrganizationParams { Name = "Analytical Engines", CreatedBy = ada.Id });
        foreach (var (email, name) in new[] { ("alan@example.com", "alan_turing"), ("grace@example.com", "grace_hopper") })
        {
            var user = await clerk.Users.CreateUserAsync(new CreateUserParams { EmailAddress = new[] { email }, Username = name });
            await clerk.Organizations.CreateOrganizationMembershipAsync(new CreateOrganizationMembershipParams
            {
                OrganizationId = org.Id, UserId = user.Id, Role = "org:member",
            });
        }
        Console.WriteLine($"organization {org.Name} ({org.Slug}) with 3 members");

        const int pageSize = 2;
        var first = await clerk.Users.GetUserListAsync(new GetUserListParams { Limit = pageSize, OrderBy = "+username" });
        Console.WriteLine($"{first.TotalCount} users, {pageSize} per page:");
        for (var offset = 0; offset < first.TotalCount; offset += pageSize)
        {
            var page = offset == 0 ? first : await clerk.Users.GetUserListAsync(new GetUserListParams { Limit = pageSize, Offset = offset, OrderBy = "+username" });
            Console.WriteLine($"  page {offset / pageSize + 1}: {string.Join(", ", page.Data.Select(u => u.Username))}");
        }
        var streamed = new List<string>();
        await foreach (var user in clerk.Users.GetUserListAutoPagingAsync(new GetUserListParams { Limit = pageSize, OrderBy = "+username" }))
            streamed.Add(user.Username ?? user.Id);
        Console.WriteLine($"streamed: {string.Join(", ", streamed)}");

        var session = await clerk.Sessions.CreateSessionAsync(new CreateSessionParams { UserId = ada.Id, ActiveOrganizationId = org.Id });
        var token = await clerk.Sessions.GetTokenAsync(session.Id);
        Console.WriteLine($"session {session.Id}: token {token.Jwt[..16]}...");

        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost:3000/api/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Jwt);
        var state = await clerk.AuthenticateRequestAsync(request);
        if (state.ToAuthOrNull(out var error) is AuthObject.SignedIn auth)
        {
            Console.WriteLine($"auth: userId={auth.UserId} sessionId={auth.SessionId} orgId={auth.OrgId} orgRole={auth.OrgRole} " +
                              $"has(org:admin)={auth.Has(new HasParams { Role = "org:admin" })}");
        }
        else
        {
            Console.WriteLine($"auth: not signed in ({state.Reason ?? error})");
        }
        Console.WriteLine(state.Status);
    }

    /// <summary>Read-only calls against the instance of <c>CLERK_SECRET_KEY</c> (the key is never printed).</summary>
    private static async Task ReadOnlyTour(ClerkClient clerk)
    {
        Console.WriteLine($"Clerk instance at {clerk.Core.Options.ApiUrl} (read-only)");
        var users = await clerk.Users.GetUserListAsync(new GetUserListParams { Limit = 5, OrderBy = "-created_at" });
        Console.WriteLine($"{users.TotalCount} users; newest: {string.Join(", ", users.Data.Select(u => u.Username ?? u.Id))}");
        var orgs = await clerk.Organizations.GetOrganizationListAsync(new GetOrganizationListParams { Limit = 5 });
        Console.WriteLine($"{orgs.TotalCount} organizations; newest: {string.Join(", ", orgs.Data.Select(o => o.Slug))}");
    }
}
