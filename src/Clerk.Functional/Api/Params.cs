using Clerk.Functional.Errors;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Api;

/// <summary>Checks on caller-supplied parameter records, so that a null record is a typed error, never an exception.</summary>
internal static class Params
{
    /// <summary>The record, or <see cref="ClerkError.InvalidArgument"/> when it is null.</summary>
    public static Either<ClerkError, T> Require<T>(T? parameters) where T : class =>
        parameters is null
            ? Left<ClerkError, T>(new ClerkError.InvalidArgument($"The {typeof(T).Name} are required."))
            : Right<ClerkError, T>(parameters);
}
