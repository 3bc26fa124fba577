using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using LanguageExt;
using LanguageExt.Common;

namespace Clerk.CSharp;

/// <summary>Runs core effects for the facade: the one place where results become values or exceptions.</summary>
internal static class Effects
{
    /// <summary>Runs <paramref name="effect"/>: a <c>Right</c> is returned, a <c>Left</c> is thrown as the matching
    /// <see cref="ClerkException"/>, and a failed effect (cancellation, or a bug) rethrows its original exception.</summary>
    /// <param name="effect">The effect.</param>
    /// <typeparam name="T">The result.</typeparam>
    public static async Task<T> RunAsync<T>(Aff<Either<ClerkError, T>> effect)
    {
        var fin = await effect.Run().ConfigureAwait(false);
        return fin.Match(
            Succ: result => result.Match(Right: value => value, Left: error => throw ClerkException.From(error)),
            Fail: Rethrow<T>);
    }

    /// <summary>Runs an effect that has no result (<c>void</c> in <c>@clerk/backend</c>): completes, or throws as
    /// <see cref="RunAsync{T}(Aff{Either{ClerkError, T}})"/> does.</summary>
    /// <param name="effect">The effect.</param>
    public static async Task RunVoidAsync(Aff<Either<ClerkError, Unit>> effect) => await RunAsync(effect).ConfigureAwait(false);

    /// <summary>Runs an effect whose error type is not <see cref="ClerkError"/>: a <c>Left</c> is thrown as made by
    /// <paramref name="toException"/>; a failed effect rethrows its original exception.</summary>
    /// <param name="effect">The effect.</param>
    /// <param name="toException">Turns the error into the exception to throw.</param>
    /// <typeparam name="L">The error type.</typeparam>
    /// <typeparam name="T">The result.</typeparam>
    public static async Task<T> RunAsync<L, T>(Aff<Either<L, T>> effect, Func<L, Exception> toException)
    {
        var fin = await effect.Run().ConfigureAwait(false);
        return fin.Match(
            Succ: result => result.Match(Right: value => value, Left: error => throw toException(error)),
            Fail: Rethrow<T>);
    }

    /// <summary>Streams a pager's items: each <c>Right</c> is yielded, a <c>Left</c> is thrown as the matching
    /// <see cref="ClerkException"/> after the items before it.</summary>
    /// <param name="pager">The core pager.</param>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    /// <typeparam name="T">The item type.</typeparam>
    public static async IAsyncEnumerable<T> StreamAsync<T>(Clerk.Functional.Pagination.Pager<T> pager, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in pager.Items(cancellationToken).ConfigureAwait(false))
            yield return item.Match(Right: value => value, Left: error => throw ClerkException.From(error));
    }

    /// <summary>Rethrows the exception behind a failed effect, with its original stack trace: an
    /// <see cref="System.OperationCanceledException"/> for cancellation, anything else for a bug. Never swallowed.</summary>
    private static T Rethrow<T>(Error failure)
    {
        ExceptionDispatchInfo.Throw(failure.ToException());
        return default!;
    }
}
