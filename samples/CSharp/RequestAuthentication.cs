using Clerk.CSharp;
using Clerk.Functional.Auth;

namespace Clerk.Samples;

/// <summary>The README's <c>authenticateRequest</c>: who is calling, and may they read invoices.</summary>
public static class RequestAuthentication
{
    /// <summary>What the request may do, or why it is not signed in. A handshake answer must be sent back as is:
    /// <c>state.Headers</c> holds its <c>Location</c> and cookies.</summary>
    /// <param name="clerk">The client (secret and publishable key set).</param>
    /// <param name="request">The incoming request.</param>
    public static async Task<string> Describe(ClerkClient clerk, HttpRequestMessage request)
    {
        var state = await clerk.AuthenticateRequestAsync(request,
            new AuthenticateRequestOptions { AuthorizedParties = ["https://app.example.com"] });
        // state.Status: "signed-in" | "signed-out" | "handshake"; send state.Headers back (Location, Set-Cookie, x-clerk-auth-*).
        var auth = state.ToAuthOrNull(out var error);
        if (auth is AuthObject.SignedIn user)
            return user.Has(new HasParams { Permission = "org:invoices:read" })
                ? $"{user.UserId} may read invoices"
                : $"{user.UserId} may not read invoices";
        return auth is null ? $"{state.Status}: {error}" : $"{state.Status}: {state.Reason}";
    }
}
