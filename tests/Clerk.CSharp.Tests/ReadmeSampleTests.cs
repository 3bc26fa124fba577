using System.Security.Cryptography;
using System.Text.Json;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using Clerk.Functional.Tokens;
using Clerk.Functional.Transport;
using Clerk.Samples;
using Expecto;
using LanguageExt;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>The README's C# samples, run as written, with the checks they promise shown to be in force.</summary>
public static class ReadmeSampleTests
{
    private const string SecretKey = "sk_test_readme_samples_0123456789";
    private static readonly string PublishableKey = "pk_test_" + Convert.ToBase64String("happy-hippo-1.clerk.accounts.dev$"u8.ToArray());
    private static readonly RSA Key = RSA.Create(2048);
    private static readonly string PublicPem = Key.ExportSubjectPublicKeyInfoPem();
    private static readonly string PrivatePem = Key.ExportPkcs8PrivateKeyPem();

    /// <summary>A session token signed with the test key, with the given extra claims, valid for ten minutes.</summary>
    private static string Token(string claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = JsonDocument.Parse($$"""{"sub":"user_1","sid":"sess_1","exp":{{now + 600}},"nbf":{{now - 5}}{{claims}}}""").RootElement;
        return ClerkTokens.SignJwt(payload, PrivatePem, "RS256");
    }

    private static ClerkClient Networkless(ClerkClientOptions? options = null) =>
        new(options ?? new ClerkClientOptions { SecretKey = SecretKey, PublishableKey = PublishableKey, JwtKey = PublicPem });

    private static (ClerkClient Client, FakeRunner Runner) Over(ClerkClientOptions options, Func<int, ClerkResponse> answer)
    {
        var count = 0;
        var runner = new FakeRunner(_ => Prelude.Right<ClerkError, ClerkResponse>(answer(Interlocked.Increment(ref count))));
        return (new ClerkClient(new Clerk.Functional.ClerkApi(options, runner)), runner);
    }

    public static readonly Test All = ExpectoRunner.TestList("README samples", new[]
    {
        ExpectoRunner.TestCase("TokenChecks.SessionUserId: the app's own token passes, a token for another authorized party is rejected", async () =>
        {
            var clerk = Networkless();
            Expect.equal(await TokenChecks.SessionUserId(clerk, Token(",\"azp\":\"https://app.example.com\"")), "user_1", "the app's token");
            Expect.isNull(await TokenChecks.SessionUserId(clerk, Token(",\"azp\":\"https://evil.example.com\"")), "another app's token");
            var expired = ClerkTokens.SignJwt(JsonDocument.Parse("""{"sub":"user_1","exp":1000,"azp":"https://app.example.com"}""").RootElement, PrivatePem, "RS256");
            Expect.isNull(await TokenChecks.SessionUserId(clerk, expired), "an expired token");
        }),
        ExpectoRunner.TestCase("ClientConfiguration.ForApi: the audience is enforced on every verification", async () =>
        {
            var options = ClientConfiguration.ForApi(SecretKey, PublicPem);
            Expect.sequenceEqual(options.Audience, new[] { "https://api.example.com" }, "the audience is set");
            var clerk = new ClerkClient(options);
            var claims = await clerk.VerifyTokenAsync(Token(",\"aud\":\"https://api.example.com\""));
            Expect.equal(claims.GetProperty("sub").GetString(), "user_1", "a token for this API");
            try
            {
                await clerk.VerifyTokenAsync(Token(",\"aud\":\"https://other.example.com\""));
                Expect.isTrue(false, "a token for another audience was accepted");
            }
            catch (TokenVerificationException e)
            {
                Expect.equal(e.Reason, "token-verification-failed", "rejected for its audience");
                Expect.stringContains(e.Message, "audience", "says why");
            }
        }),
        ExpectoRunner.TestCase("ClientConfiguration.ForApi: the configured retry statuses apply (a 500 is retried; by default it is not)", async () =>
        {
            var options = ClientConfiguration.ForApi(SecretKey, PublicPem) with { Retry = ClientConfiguration.ForApi(SecretKey, PublicPem).Retry with { BaseDelay = TimeSpan.FromMilliseconds(1), JitterSeed = 1 } };
            ClerkResponse FirstFails(int n) => n == 1 ? ClerkResponse.Json(500, "{}") : ClerkResponse.Json(200, UnwrappingTests.UserJson);
            var (configured, sent) = Over(options, FirstFails);
            Expect.equal((await configured.Users.GetUserAsync("user_123")).Id, "user_123", "the retry succeeded");
            Expect.equal(sent.Requests.Count, 2, "the 500 was retried");

            var (defaults, sentOnce) = Over(options with { Retry = RetryPolicy.Default with { BaseDelay = TimeSpan.FromMilliseconds(1) } }, FirstFails);
            try
            {
                await defaults.Users.GetUserAsync("user_123");
                Expect.isTrue(false, "the default policy retried a 500");
            }
            catch (ClerkApiResponseException e)
            {
                Expect.equal(e.Status, 500, "the 500");
            }
            Expect.equal(sentOnce.Requests.Count, 1, "not retried by default");
        }),
        ExpectoRunner.TestCase("TokenChecks.MachineSubject: an API key is verified through the Backend API", async () =>
        {
            var (clerk, runner) = Over(new ClerkClientOptions { SecretKey = SecretKey }, _ => ClerkResponse.Json(200,
                """{"object":"api_key","id":"ak_id_1","type":"api_key","name":"CI","subject":"user_42","scopes":[],"claims":null,"revoked":false,"expired":false,"created_at":1,"updated_at":2}"""));
            Expect.equal(await TokenChecks.MachineSubject(clerk, "ak_live_secret"), "user_42", "the key's subject");
            Expect.equal(runner.Requests[0].Path.Template, "/api_keys/verify", "the verify endpoint");
        }),
        ExpectoRunner.TestCase("TokenChecks.WebhookType: a signed webhook is read, a tampered one refused", () =>
        {
            const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
            const string body = """{"type":"user.created","object":"event","data":{"id":"user_1","object":"user"}}""";
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var signature = (string)Clerk.Functional.Webhooks.Webhook.Sign(secret, "msg_1", now, body).Case!;
            var headers = new Dictionary<string, string> { ["svix-id"] = "msg_1", ["svix-timestamp"] = now.ToString(), ["svix-signature"] = signature };
            Expect.equal(TokenChecks.WebhookType(headers, body, secret), "user.created", "the event type");
            try
            {
                TokenChecks.WebhookType(headers, body.Replace("user_1", "user_2"), secret);
                Expect.isTrue(false, "a changed body was accepted");
            }
            catch (WebhookVerificationException e)
            {
                Expect.equal(e.Reason, "no-matching-signature", "a changed body");
            }
        }),
        ExpectoRunner.TestCase("RequestAuthentication.Describe: permissions for the app's token, refusal for another app's, a handshake without a crash", async () =>
        {
            var clerk = Networkless();
            HttpRequestMessage Bearer(string token) => new(HttpMethod.Get, "http://localhost:3000/api/invoices") { Headers = { { "Authorization", "Bearer " + token } } };
            var permitted = Token(",\"azp\":\"https://app.example.com\",\"org_id\":\"org_1\",\"org_role\":\"org:admin\",\"org_permissions\":[\"org:invoices:read\"]");
            Expect.equal(await RequestAuthentication.Describe(clerk, Bearer(permitted)), "user_1 may read invoices", "permitted");
            var member = Token(",\"azp\":\"https://app.example.com\",\"org_id\":\"org_1\",\"org_role\":\"org:member\",\"org_permissions\":[]");
            Expect.equal(await RequestAuthentication.Describe(clerk, Bearer(member)), "user_1 may not read invoices", "no permission");
            var foreign = Token(",\"azp\":\"https://evil.example.com\"");
            Expect.equal(await RequestAuthentication.Describe(clerk, Bearer(foreign)), "signed-out: token-invalid-authorized-parties", "another app's token");

            var browser = new HttpRequestMessage(HttpMethod.Get, "http://localhost:3000/dashboard")
            {
                Headers = { { "Cookie", "__session=" + permitted }, { "Sec-Fetch-Dest", "document" }, { "Accept", "text/html" } },
            };
            Expect.equal(await RequestAuthentication.Describe(clerk, browser), "handshake: A handshake state has no auth object.", "a handshake state");
        }),
        ExpectoRunner.TestCase("InMemoryTesting.MemberMayAdminister: an org:admin member passes, an org:member does not", async () =>
        {
            Expect.isTrue(await InMemoryTesting.MemberMayAdminister("org:admin"), "an admin is signed in and has org:admin");
            Expect.isFalse(await InMemoryTesting.MemberMayAdminister("org:member"), "a member lacks org:admin");
        }),
    });
}
