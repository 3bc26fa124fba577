using Clerk.Functional.Errors;
using static LanguageExt.Prelude;

namespace Clerk.Functional;

/// <summary>
/// Composition of Clerk effects (<c>Aff&lt;Either&lt;ClerkError, T&gt;&gt;</c>) without nesting matches:
/// the next step runs only when the previous one produced a value; a <see cref="ClerkError"/> short-circuits.
/// </summary>
public static class ClerkEffect
{
    /// <summary>Runs <paramref name="next"/> with the value of <paramref name="effect"/>; an error skips it and is the result.</summary>
    /// <param name="effect">The first effect.</param>
    /// <param name="next">The effect that needs its value.</param>
    /// <typeparam name="A">The first value.</typeparam>
    /// <typeparam name="B">The result.</typeparam>
    public static Aff<Either<ClerkError, B>> Then<A, B>(this Aff<Either<ClerkError, A>> effect, Func<A, Aff<Either<ClerkError, B>>> next) =>
        effect.Bind(result => result.Match(
            Right: next,
            Left: error => SuccessAff(Left<ClerkError, B>(error))));

    /// <summary>Transforms the value of a successful effect.</summary>
    /// <param name="effect">The effect.</param>
    /// <param name="f">The transformation.</param>
    /// <typeparam name="A">The value.</typeparam>
    /// <typeparam name="B">The result.</typeparam>
    public static Aff<Either<ClerkError, B>> MapValue<A, B>(this Aff<Either<ClerkError, A>> effect, Func<A, B> f) =>
        effect.Map(result => result.Map(f));

    /// <summary>An effect that succeeds with <paramref name="value"/> without sending anything.</summary>
    /// <param name="value">The value.</param>
    /// <typeparam name="A">Its type.</typeparam>
    public static Aff<Either<ClerkError, A>> Succeed<A>(A value) => SuccessAff(Right<ClerkError, A>(value));

    /// <summary>An effect that fails with <paramref name="error"/> without sending anything.</summary>
    /// <param name="error">The error.</param>
    /// <typeparam name="A">The value type.</typeparam>
    public static Aff<Either<ClerkError, A>> Fail<A>(ClerkError error) => SuccessAff(Left<ClerkError, A>(error));
}
