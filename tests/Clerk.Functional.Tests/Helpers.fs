/// Running Clerk.Functional effects from F#, and small builders shared by the test files.
module Clerk.Functional.Tests.Helpers

open System
open System.IO
open System.Text
open System.Threading.Tasks
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options

/// The three ways an `Aff<LanguageExt.Either<ClerkError, T>>` can end.
type Outcome<'T> =
    /// `Fin.Succ(Right value)`
    | Value of 'T
    /// `Fin.Succ(Left error)`: a typed error.
    | Failure of ClerkError
    /// `Fin.Fail`: the effect itself failed (cancellation, or a bug that threw).
    | Crashed of LanguageExt.Common.Error

/// Functions over outcomes.
module Outcome =
    /// Maps the value of a successful outcome.
    let map (f: 'T -> 'U) (outcome: Outcome<'T>) : Outcome<'U> =
        match outcome with
        | Value v -> Value(f v)
        | Failure e -> Failure e
        | Crashed e -> Crashed e

/// An `Either` as an F# `Result`.
let ofEither (either: LanguageExt.Either<ClerkError, 'T>) : Result<'T, ClerkError> =
    either.Match((fun (r: 'T) -> Ok r), (fun (l: ClerkError) -> Error l))

/// Runs any `Aff`: `aff.Run().AsTask()`, then `Fin.Match`.
let runAffAsync (aff: LanguageExt.Aff<'T>) : Task<Result<'T, LanguageExt.Common.Error>> =
    task {
        let! fin = aff.Run().AsTask()
        return fin.Match((fun (a: 'T) -> Ok a), (fun (e: LanguageExt.Common.Error) -> Error e))
    }

/// Runs a Clerk effect to one of its three outcomes.
let runAsync (aff: LanguageExt.Aff<LanguageExt.Either<ClerkError, 'T>>) : Task<Outcome<'T>> =
    task {
        match! runAffAsync aff with
        | Ok either ->
            return
                match ofEither either with
                | Ok v -> Value v
                | Error e -> Failure e
        | Error e -> return Crashed e
    }

/// Runs a Clerk effect synchronously (for FsCheck properties).
let run (aff: LanguageExt.Aff<LanguageExt.Either<ClerkError, 'T>>) : Outcome<'T> = (runAsync aff).GetAwaiter().GetResult()

/// The value of a successful outcome, or a test failure describing the outcome.
let expectValue (message: string) (outcome: Outcome<'T>) : 'T =
    match outcome with
    | Value v -> v
    | other -> failwithf "%s: expected a value, got %A" message other

/// The error of a failed outcome, or a test failure.
let expectFailure (message: string) (outcome: Outcome<'T>) : ClerkError =
    match outcome with
    | Failure e -> e
    | other -> failwithf "%s: expected a ClerkError, got %A" message other

/// The right side of an Either, or a test failure.
let expectRight (message: string) (either: LanguageExt.Either<ClerkError, 'T>) : 'T =
    match ofEither either with
    | Ok v -> v
    | Error e -> failwithf "%s: expected Right, got Left %O" message e

/// The left side of an Either, or a test failure.
let expectLeft (message: string) (either: LanguageExt.Either<ClerkError, 'T>) : ClerkError =
    match ofEither either with
    | Error e -> e
    | Ok v -> failwithf "%s: expected Left, got Right %A" message v

/// A well-formed test secret key.
let testSecretKey = "sk_test_0123456789abcdefABCDEF"

/// Options with a well-formed secret key and the given API root.
/// Single-attempt options: tests of one response must not be retried (retry behaviour has its own tests).
let optionsFor (apiUrl: string) =
    ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = apiUrl, Retry = Clerk.Functional.Transport.RetryPolicy.None)

/// Options with a well-formed secret key and the default API root.
let defaultOptions = optionsFor ClerkClientOptions.DefaultApiUrl

/// A Clerk timestamp (epoch milliseconds) as the date resources hold; beyond .NET's dates, the nearest one.
let ms (epochMs: int64) =
    if epochMs > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() then DateTimeOffset.MaxValue
    elif epochMs < DateTimeOffset.MinValue.ToUnixTimeMilliseconds() then DateTimeOffset.MinValue
    else DateTimeOffset.FromUnixTimeMilliseconds epochMs

/// An empty value-compared list, as request descriptions hold.
let emptyList<'T> : ValueList<'T> = ValueList<'T>.Empty

/// A value-compared list from an F# list.
let listOf (items: 'T list) : ValueList<'T> = ValueList.From items

/// A response with the given status, optional content type, extra headers and body bytes.
let response (status: int) (contentType: string option) (headers: (string * string) list) (body: byte[]) =
    let all =
        (contentType |> Option.map (fun ct -> "Content-Type", ct) |> Option.toList) @ headers
        |> List.map HeaderValue
    ClerkResponse(status, listOf all, ReadOnlyMemory<byte>(body), ClerkResponse.StandardReasonPhrase status)

/// A JSON response.
let jsonResponse (status: int) (json: string) = ClerkResponse.Json(status, json)

/// A runner whose answers come from a function of the request.
let fakeRunner (answer: ClerkRequest -> ClerkResponse) =
    FakeRunner(fun req -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(answer req))

/// A runner that answers every request with the same JSON.
let jsonRunner (status: int) (json: string) = fakeRunner (fun _ -> jsonResponse status json)

/// The directory the fixtures are copied to.
let fixturesDir = Path.Combine(AppContext.BaseDirectory, "fixtures")

/// The text of a fixture, by path relative to `fixtures/`.
let fixtureText (relative: string) = File.ReadAllText(Path.Combine(fixturesDir, relative), Encoding.UTF8)

/// `fixtures/clerk-javascript/user.json`, the @clerk/backend test suite's user.
let userJson = lazy (fixtureText "clerk-javascript/user.json")

/// Both the ToString and the Message of an error.
let errorTexts (e: ClerkError) = [ e.ToString(); e.Message ]

/// The type name of a ClerkError case, for messages.
let caseName (e: ClerkError) = e.GetType().Name

/// The repository root: the nearest ancestor of the test binaries that holds Clerk.Functional.sln.
let repositoryRoot () =
    let rec up (dir: DirectoryInfo) =
        if isNull dir then failwith "Clerk.Functional.sln not found above the test binaries"
        elif File.Exists(Path.Combine(dir.FullName, "Clerk.Functional.sln")) then dir.FullName
        else up dir.Parent
    up (DirectoryInfo AppContext.BaseDirectory)
