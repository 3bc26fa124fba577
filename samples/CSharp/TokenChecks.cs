using Clerk.CSharp;
using Clerk.Functional.Tokens;
using Clerk.Functional.Webhooks;

namespace Clerk.Samples;

/// <summary>The README's token and webhook checks.</summary>
public static class TokenChecks
{
    /// <summary>The user behind a session token (from the <c>__session</c> cookie or the <c>Authorization</c> header),
    /// or null when the token is not valid for this app: expired, forged, or issued for another origin.</summary>
    /// <param name="clerk">The client.</param>
    /// <param name="token">The session token.</param>
    public static async Task<string?> SessionUserId(ClerkClient clerk, string token)
    {
        try
        {
            var claims = await clerk.VerifyTokenAsync(token, new VerifyTokenOptions { AuthorizedParties = ["https://app.example.com"] });
            return claims.GetProperty("sub").GetString();
        }
        catch (TokenVerificationException e) when (e.Reason is "token-expired" or "token-invalid-authorized-parties")
        {
            return null;
        }
    }

    /// <summary>Who sent a machine token (<c>ak_</c>, <c>mt_</c>, <c>oat_</c>, or their JWT forms).</summary>
    /// <param name="clerk">The client.</param>
    /// <param name="token">The machine token.</param>
    public static async Task<string> MachineSubject(ClerkClient clerk, string token) =>
        await clerk.VerifyMachineAuthTokenAsync(token) switch
        {
            VerifiedMachineToken.Key key => key.Token.Subject,
            VerifiedMachineToken.M2M m2m => m2m.Token.Subject,
            VerifiedMachineToken.OAuth oauth => oauth.Token.Subject,
            var other => throw new InvalidOperationException($"unexpected token kind {other.TokenType}"),
        };

    /// <summary>The type of a webhook event (<c>user.created</c>, ...), after checking its signature.</summary>
    /// <param name="headers">The request headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="signingSecret">The endpoint's signing secret (<c>whsec_...</c>).</param>
    public static string WebhookType(IReadOnlyDictionary<string, string> headers, string body, string signingSecret)
    {
        var evt = ClerkWebhooks.Verify(WebhookHeaders.From(name => headers.GetValueOrDefault(name)), body,
            new WebhookVerificationOptions { SigningSecret = signingSecret });
        return evt.Type;
    }
}
