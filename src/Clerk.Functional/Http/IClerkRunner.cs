using System.Threading;
using Clerk.Functional.Errors;
using LanguageExt;

namespace Clerk.Functional.Http;

/// <summary>
/// Interprets request descriptions: sends them and returns the raw response. The live implementation is
/// <see cref="HttpRunner"/>; tests use <see cref="FakeRunner"/>. Decorators (retries, tracing) wrap a runner.
/// </summary>
public interface IClerkRunner
{
    /// <summary>Sends one request. A transport failure, time-out or configuration problem is a <c>Left</c>;
    /// cancellation through <paramref name="cancellationToken"/> fails the effect with <see cref="System.OperationCanceledException"/>.</summary>
    /// <param name="request">The request description.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken);
}
