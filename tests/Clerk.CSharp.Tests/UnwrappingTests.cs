using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Options;
using Expecto;
using LanguageExt;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>Results become values, errors become the matching exception, cancellation and bugs keep their exception.</summary>
public static class UnwrappingTests
{
    public const string UserJson =
        """{"id":"user_123","object":"user","username":"ada","first_name":"Ada","last_name":"Lovelace","created_at":1700000000000,"updated_at":1700000000000}""";

    private const string ErrorJson =
        """{"errors":[{"code":"form_password_incorrect","message":"Incorrect password","long_message":"Password is incorrect. Try again.","meta":{"param_name":"password"}}],"clerk_trace_id":"trace_123"}""";

    private const string Secret = "sk_test_DO_NOT_LEAK_0123456789";

    // One attempt per call: these tests are about unwrapping one outcome (retries are tested in the core suite).
    private static readonly ClerkClientOptions Options = new() { SecretKey = Secret, Retry = Clerk.Functional.Transport.RetryPolicy.None };

    public static (ClerkClient Client, FakeRunner Runner) Fake(Func<ClerkRequest, Either<ClerkError, ClerkResponse>> answer)
    {
        var runner = new FakeRunner(answer);
        return (new ClerkClient(new Clerk.Functional.ClerkApi(Options, runner)), runner);
    }

    private static ClerkClient Fake(ClerkResponse response) => Fake(_ => response).Client;

    /// <summary>Runs <paramref name="call"/> and returns what it threw, failing unless it is exactly <typeparamref name="TEx"/>
    /// (or, when <paramref name="exact"/> is false, a subtype).</summary>
    private static async Task<TEx> Throws<TEx>(Func<Task> call, bool exact = true) where TEx : Exception
    {
        try
        {
            await call();
        }
        catch (Exception e)
        {
            Expect.isTrue(exact ? e.GetType() == typeof(TEx) : e is TEx, $"expected {typeof(TEx).Name}, got {e.GetType().Name}: {e.Message}");
            return (TEx)e;
        }
        throw new Exception($"expected {typeof(TEx).Name}, nothing was thrown");
    }

    private static void NoSecret(Exception e)
    {
        Expect.isFalse(e.Message.Contains(Secret, StringComparison.Ordinal), "secret key in Message");
        Expect.isFalse(e.ToString().Contains(Secret, StringComparison.Ordinal), "secret key in ToString()");
    }

    public static readonly Test All = ExpectoRunner.TestList("unwrapping", new[]
    {
        ExpectoRunner.TestCase("200 user body returns the User", async () =>
        {
            var (client, runner) = Fake(_ => ClerkResponse.Json(200, UserJson));
            var user = await client.Users.GetUserAsync("user_123");
            Expect.equal(user.Id, "user_123", "id");
            Expect.equal(user.FirstName, "Ada", "first name");
            Expect.equal(runner.Requests.Count, 1, "one request");
        }),
        ExpectoRunner.TestCase("422 with Clerk's error body throws ClerkApiResponseException with status, trace, Retry-After and errors", async () =>
        {
            var response = new ClerkResponse(
                422,
                [new HeaderValue("Content-Type", "application/json"), new HeaderValue("Retry-After", "7")],
                System.Text.Encoding.UTF8.GetBytes(ErrorJson),
                "Unprocessable Entity");
            var e = await Throws<ClerkApiResponseException>(() => Fake(response).Users.GetUserAsync("user_123"));
            Expect.equal(e.Status, 422, "status");
            Expect.equal(e.StatusText, "Unprocessable Entity", "status text");
            Expect.equal(e.TraceId, "trace_123", "trace id");
            Expect.equal(e.RetryAfter, (int?)7, "retry after");
            Expect.equal(e.Errors.Count, 1, "one error");
            Expect.equal(e.Code, "form_password_incorrect", "code");
            Expect.equal(e.Errors[0].Message, "Incorrect password", "message");
            Expect.equal(e.Errors[0].LongMessage, "Password is incorrect. Try again.", "long message");
            Expect.equal(e.Errors[0].Meta.ParamName, "password", "meta param_name");
            Expect.isTrue(e.Error is ClerkError.Api, "carries the core error");
            Expect.equal(e.Message, e.Error.Message, "message is the core error's");
            NoSecret(e);
        }),
        ExpectoRunner.TestCase("an empty user id throws ClerkInvalidArgumentException before any request", async () =>
        {
            var (client, runner) = Fake(_ => ClerkResponse.Json(200, UserJson));
            var e = await Throws<ClerkInvalidArgumentException>(() => client.Users.GetUserAsync(""));
            Expect.equal(runner.Requests.Count, 0, "nothing sent");
            Expect.isTrue(e.Error is ClerkError.InvalidArgument, "carries the core error");
        }),
        ExpectoRunner.TestCase("no secret key throws ClerkConfigurationException before sending (live runner)", async () =>
        {
            var client = new ClerkClient(new ClerkClientOptions { ApiUrl = "http://127.0.0.1:9" });
            var e = await Throws<ClerkConfigurationException>(() => client.Users.GetUserAsync("user_123"));
            Expect.stringContains(e.Message, "Missing Clerk Secret Key", "message");
        }),
        ExpectoRunner.TestCase("a malformed secret key throws ClerkConfigurationException that does not quote the key", async () =>
        {
            var client = new ClerkClient(new ClerkClientOptions { SecretKey = Secret + " x", ApiUrl = "http://127.0.0.1:9" });
            NoSecret(await Throws<ClerkConfigurationException>(() => client.Users.GetUserAsync("user_123")));
        }),
        ExpectoRunner.TestCase("an already-cancelled token throws OperationCanceledException, not a Clerk exception", async () =>
        {
            var (client, runner) = Fake(_ => ClerkResponse.Json(200, UserJson));
            var e = await Throws<OperationCanceledException>(() => client.Users.GetUserAsync("user_123", new CancellationToken(true)), exact: false);
            Expect.equal(runner.Requests.Count, 0, "nothing sent");
        }),
        ExpectoRunner.TestCase("cancellation of a two-request call (GetUserList) is an OperationCanceledException too", async () =>
        {
            var (client, _) = Fake(_ => ClerkResponse.Json(200, "[]"));
            await Throws<OperationCanceledException>(() => client.Users.GetUserListAsync(null, new CancellationToken(true)), exact: false);
        }),
        ExpectoRunner.TestCase("a transport error throws ClerkTransportException", async () =>
        {
            var (client, _) = Fake(_ => new ClerkError.Transport("Connection refused", "HttpRequestException"));
            var e = await Throws<ClerkTransportException>(() => client.Users.DeleteUserAsync("user_123"));
            Expect.equal(e.Reason, "Connection refused", "reason");
            Expect.equal(e.ExceptionType, "HttpRequestException", "exception type");
        }),
        ExpectoRunner.TestCase("a time-out throws ClerkTimeoutException", async () =>
        {
            var (client, _) = Fake(_ => new ClerkError.Timeout(TimeSpan.FromSeconds(3)));
            var e = await Throws<ClerkTimeoutException>(() => client.Users.GetCountAsync());
            Expect.equal(e.Timeout, TimeSpan.FromSeconds(3), "time-out");
        }),
        ExpectoRunner.TestCase("a 200 that is not the expected JSON throws ClerkUndecodableResponseException", async () =>
        {
            var e = await Throws<ClerkUndecodableResponseException>(() => Fake(ClerkResponse.Json(200, "[1,2]")).Users.GetUserAsync("user_123"));
            Expect.equal(e.Status, 200, "status");
        }),
        ExpectoRunner.TestCase("a bug in the runner rethrows its own exception, unwrapped", async () =>
        {
            var (client, _) = Fake(_ => throw new InvalidOperationException("boom"));
            var e = await Throws<InvalidOperationException>(() => client.Users.GetUserAsync("user_123"));
            Expect.equal(e.Message, "boom", "original exception");
        }),
        ExpectoRunner.TestCase("ClerkException.From maps every ClerkError case to its own exception type", () =>
        {
            var cases = new (ClerkError Error, Type Expected)[]
            {
                (new ClerkError.Api(500, "", [], "", null), typeof(ClerkApiResponseException)),
                (new ClerkError.Transport("r", "T"), typeof(ClerkTransportException)),
                (new ClerkError.Timeout(TimeSpan.FromSeconds(1)), typeof(ClerkTimeoutException)),
                (new ClerkError.Undecodable(200, "r"), typeof(ClerkUndecodableResponseException)),
                (new ClerkError.Configuration("r"), typeof(ClerkConfigurationException)),
                (new ClerkError.InvalidArgument("r"), typeof(ClerkInvalidArgumentException)),
                (new ClerkError.TokenVerification(new Clerk.Functional.Tokens.TokenVerificationError(
                    Clerk.Functional.Tokens.TokenVerificationErrorReason.TokenInvalid, "Machine token not found")), typeof(TokenVerificationException)),
            };
            foreach (var (error, expected) in cases)
            {
                var e = ClerkException.From(error);
                Expect.equal(e.GetType(), expected, error.GetType().Name);
                Expect.isTrue(ReferenceEquals(e.Error, error), "carries the original error");
                Expect.equal(e.Message, error.Message, "message");
            }
        }),
    });
}
