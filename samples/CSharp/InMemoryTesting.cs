using Clerk.CSharp;
using Clerk.Functional.Api.Organizations;
using Clerk.Functional.Api.Users;
using Clerk.Functional.Auth;
using Clerk.Functional.Testing;

namespace Clerk.Samples;

/// <summary>The README's testing sample: a test seeds the in-memory Clerk, signs a user in, and checks an
/// "admins only" rule end to end, with no account and no network.</summary>
public static class InMemoryTesting
{
    /// <summary>Whether a member of the given role passes the rule "signed in, and has org:admin".</summary>
    public static async Task<bool> MemberMayAdminister(string role)
    {
        using var backend = new InMemoryClerk();
        var clerk = backend.CreateClient();   // in process; StartServerAsync() serves it on 127.0.0.1 instead
        var ada = await clerk.Users.CreateUserAsync(new CreateUserParams { EmailAddress = new[] { "ada@example.com" } });
        var org = await clerk.Organizations.CreateOrganizationAsync(new CreateOrganizationParams { Name = "Engines", CreatedBy = ada.Id });
        var grace = await clerk.Users.CreateUserAsync(new CreateUserParams { EmailAddress = new[] { "grace@example.com" } });
        await clerk.Organizations.CreateOrganizationMembershipAsync(new CreateOrganizationMembershipParams
        {
            OrganizationId = org.Id, UserId = grace.Id, Role = role,
        });

        var session = backend.SignIn(grace.Id, org.Id);   // a signed session token, as Clerk's frontend would hold
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://app.example.com/admin");
        request.Headers.Authorization = new("Bearer", session.Token);
        var state = await clerk.AuthenticateRequestAsync(request);
        return state.ToAuthOrNull(out _) is AuthObject.SignedIn auth && auth.Has(new HasParams { Role = "org:admin" });
    }
}
