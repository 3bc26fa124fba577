using Clerk.Functional.Http;
using Clerk.Samples;
using Expecto;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>The README sample (samples/CSharp/QuickStart.cs) runs against a fake Clerk.</summary>
public static class SampleTests
{
    public static readonly Test All = ExpectoRunner.TestList("sample", new[]
    {
        ExpectoRunner.TestCase("QuickStart.DescribeFirstUsers lists users", async () =>
        {
            var (client, runner) = UnwrappingTests.Fake(request => request.Path.Template == "/users/count"
                ? ClerkResponse.Json(200, """{"object":"total_count","total_count":42}""")
                : ClerkResponse.Json(200, "[" + UnwrappingTests.UserJson + "]"));
            var text = await QuickStart.DescribeFirstUsers(client);
            Expect.equal(text, "42 users, newest first: ada", "description");
            Expect.equal(runner.Requests.Count, 2, "page and count");
        }),
        ExpectoRunner.TestCase("QuickStart.DescribeFirstUsers reports Clerk's refusal", async () =>
        {
            var (client, _) = UnwrappingTests.Fake(_ => ClerkResponse.Json(403,
                """{"errors":[{"code":"authorization_invalid","message":"Unauthorized request"}],"clerk_trace_id":"trace_9"}"""));
            var text = await QuickStart.DescribeFirstUsers(client);
            Expect.stringContains(text, "403 authorization_invalid", "status and code");
            Expect.stringContains(text, "trace_9", "trace id");
        }),
    });
}
