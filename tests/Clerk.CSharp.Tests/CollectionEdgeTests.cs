using Clerk.Functional.Api.IdPOAuthAccessToken;
using Clerk.Functional.Auth;
using Clerk.Functional.Options;
using Clerk.Functional.Tokens;
using Clerk.Functional.Transport;
using Expecto;
using Microsoft.Extensions.Configuration;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>Collection expressions, object initializers and configuration binding fill every collection option a
/// C# caller sets: a list that silently stayed empty would switch a check off.</summary>
public static class CollectionEdgeTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    public static readonly Test All = ExpectoRunner.TestList("collection options", new[]
    {
        ExpectoRunner.TestCase("collection expressions fill token-verification options", () =>
        {
            var options = new VerifyTokenOptions { AuthorizedParties = ["https://app.example.com"], Audience = ["aud-1", "aud-2"], HeaderType = ["JWT", "at+jwt"] };
            Expect.sequenceEqual(options.AuthorizedParties, new[] { "https://app.example.com" }, "authorized parties");
            Expect.sequenceEqual(options.Audience, new[] { "aud-1", "aud-2" }, "audience");
            Expect.sequenceEqual(options.HeaderType!, new[] { "JWT", "at+jwt" }, "header types");
            var jwt = new VerifyJwtOptions { AuthorizedParties = ["https://a"], Audience = ["x"] };
            Expect.sequenceEqual(jwt.AuthorizedParties, new[] { "https://a" }, "jwt authorized parties");
            Expect.sequenceEqual(jwt.Audience, new[] { "x" }, "jwt audience");
        }),
        ExpectoRunner.TestCase("collection expressions fill client, request, OAuth and retry options", () =>
        {
            Expect.sequenceEqual(new ClerkClientOptions { Audience = ["a"] }.Audience, new[] { "a" }, "client audience");
            var request = new AuthenticateRequestOptions { AuthorizedParties = ["https://a"], Audience = ["b"] };
            Expect.sequenceEqual(request.AuthorizedParties, new[] { "https://a" }, "request authorized parties");
            Expect.sequenceEqual(request.Audience, new[] { "b" }, "request audience");
            Expect.sequenceEqual(new VerifyOAuthAccessTokenOptions { Audience = ["c"] }.Audience, new[] { "c" }, "OAuth audience");
            Expect.sequenceEqual(new RetryPolicy { RetryStatuses = [500, 503] }.RetryStatuses!.Order(), new[] { 500, 503 }, "retry statuses");
        }),
        ExpectoRunner.TestCase("a null collection reads as empty, not as a crash", () =>
        {
            Expect.isEmpty(new VerifyTokenOptions { AuthorizedParties = null! }.AuthorizedParties, "authorized parties");
            Expect.isEmpty(new ClerkClientOptions { Audience = null! }.Audience, "client audience");
            Expect.isTrue(new RetryPolicy { RetryStatuses = null }.IsRetryable(LanguageExt.Prelude.Right<Clerk.Functional.Errors.ClerkError, Clerk.Functional.Http.ClerkResponse>(Clerk.Functional.Http.ClerkResponse.Json(503, "{}"))), "null retries the default statuses");
        }),
        ExpectoRunner.TestCase("configuration binding fills the audience and the authorized parties", () =>
        {
            var config = Config(("Clerk:SecretKey", "sk_test_x"), ("Clerk:Audience:0", "aud-1"), ("Clerk:Audience:1", "aud-2"));
            var client = config.GetSection("Clerk").Get<ClerkClientOptions>()!;
            Expect.equal(client.SecretKey, "sk_test_x", "scalar bound");
            Expect.sequenceEqual(client.Audience, new[] { "aud-1", "aud-2" }, "client audience bound");

            var verify = Config(("AuthorizedParties:0", "https://app.example.com"), ("Audience:0", "x")).Get<VerifyTokenOptions>()!;
            Expect.sequenceEqual(verify.AuthorizedParties, new[] { "https://app.example.com" }, "authorized parties bound");
            Expect.sequenceEqual(verify.Audience, new[] { "x" }, "verify audience bound");

            var request = Config(("AuthorizedParties:0", "https://a"), ("AuthorizedParties:1", "https://b")).Get<AuthenticateRequestOptions>()!;
            Expect.sequenceEqual(request.AuthorizedParties, new[] { "https://a", "https://b" }, "request authorized parties bound");
        }),
        ExpectoRunner.TestCase("configuration binding replaces the default retry statuses", () =>
        {
            var policy = Config(("RetryStatuses:0", "500"), ("RetryStatuses:1", "503"), ("MaxAttempts", "2")).Get<RetryPolicy>()!;
            Expect.equal(policy.MaxAttempts, 2, "scalar bound");
            Expect.sequenceEqual(policy.RetryStatuses!.Order(), new[] { 500, 503 }, "the configured statuses, not the defaults plus them");
        }),
    });
}
