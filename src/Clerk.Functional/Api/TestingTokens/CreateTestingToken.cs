using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.TestingTokens;

public static partial class TestingTokensRequests
{
    /// <summary><c>POST /testing_tokens</c>.</summary>
    public static Either<ClerkError, ApiCall<TestingToken>> CreateTestingToken() =>
        ApiCall.Of(HttpVerb.Post, TestingTokens, Decode.Json(Ctx.TestingToken));
}

public sealed partial class TestingTokensApi
{
    /// <summary><c>POST /testing_tokens</c>: a token for end-to-end tests.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, TestingToken>> CreateTestingToken(CancellationToken cancellationToken = default) =>
        _runner.Run(TestingTokensRequests.CreateTestingToken(), cancellationToken);
}
