using System;
using System.Collections.Generic;
using System.Threading;
using Clerk.Functional.Errors;
using LanguageExt;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Http;

/// <summary>
/// A runner for tests: answers every request from a function and records what it was asked, in order.
/// Thread-safe.
/// </summary>
public sealed class FakeRunner : IClerkRunner
{
    private readonly Func<ClerkRequest, Either<ClerkError, ClerkResponse>> _answer;
    private readonly Atom<Seq<ClerkRequest>> _requests = Atom(LanguageExt.Seq<ClerkRequest>.Empty);

    /// <summary>Creates a runner that answers with <paramref name="answer"/>.</summary>
    /// <param name="answer">The response (or transport error) for a request.</param>
    public FakeRunner(Func<ClerkRequest, Either<ClerkError, ClerkResponse>> answer) => _answer = answer;

    /// <summary>Creates a runner that answers every request with <paramref name="response"/>.</summary>
    /// <param name="response">The response.</param>
    public static FakeRunner Always(ClerkResponse response) => new(_ => response);

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<ClerkRequest> Requests => [.. _requests.Value];

    /// <inheritdoc />
    public Aff<Either<ClerkError, ClerkResponse>> Send(ClerkRequest request, CancellationToken cancellationToken) =>
        Aff(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            _requests.Swap(rs => rs.Add(request));
            return new System.Threading.Tasks.ValueTask<Either<ClerkError, ClerkResponse>>(_answer(request));
        });
}
