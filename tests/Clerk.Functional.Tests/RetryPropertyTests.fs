/// Properties of the retry decorator over any sequence of scripted answers, and of the secret key over spans, metrics
/// and errors.
module Clerk.Functional.Tests.RetryPropertyTests

open System
open System.Threading
open FsCheck
open FsCheck.FSharp
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators
open Clerk.Functional.Tests.TransportSupport

/// The clock every RecordingClock starts at (for HTTP-date Retry-After values).
let private clockStart = RecordingClock().GetUtcNow()

let private retryAfterGen : Gen<string option> =
    Gen.frequency
        [ 4, Gen.constant None
          4, Gen.elements [ Some "0"; Some "1"; Some "2"; Some "5" ]
          1, Gen.constant (Some "45") // above the default MaxRetryAfter (30 s): ends the retries
          1, Gen.constant (Some((clockStart + TimeSpan.FromSeconds 4.).ToString("r"))) ]

let private scriptedGen : Gen<Scripted> =
    Gen.frequency
        [ 8, Gen.map2 (fun s ra -> Status(s, ra)) (Gen.elements [ 200; 400; 404; 429; 500; 502; 503; 504 ]) retryAfterGen
          1, Gen.constant TransportFailure
          1, Gen.constant TimeoutFailure ]

/// The calls a property sends: name, verb and how to send it through a client.
type private Call =
    { Name: string
      Verb: HttpVerb
      Send: ClerkApi -> CancellationToken -> LanguageExt.Aff<LanguageExt.Either<ClerkError, string>> }

/// The id of a call's result, whatever resource it decodes.
let private idOf (f: 'T -> string) (aff: LanguageExt.Aff<LanguageExt.Either<ClerkError, 'T>>) : LanguageExt.Aff<LanguageExt.Either<ClerkError, string>> =
    LanguageExt.AffExtensions.Map(aff, Func<LanguageExt.Either<ClerkError, 'T>, LanguageExt.Either<ClerkError, string>>(fun e -> e.Map(Func<'T, string>(f))))

let private calls =
    [ { Name = "getUser"; Verb = HttpVerb.Get; Send = fun c ct -> c.Users.GetUser("user_1", ct) |> idOf (fun u -> u.Id) }
      { Name = "deleteUser"; Verb = HttpVerb.Delete; Send = fun c ct -> c.Users.DeleteUser("user_1", ct) |> idOf (fun d -> d.Id) }
      { Name = "createUser"
        Verb = HttpVerb.Post
        Send = fun c ct -> c.Users.CreateUser(CreateUserParams(FirstName = Optional.Of "Ada"), ct) |> idOf (fun u -> u.Id) }
      { Name = "banUser"; Verb = HttpVerb.Post; Send = fun c ct -> c.Users.BanUser("user_1", ct) |> idOf (fun u -> u.Id) }
      { Name = "updateUser"
        Verb = HttpVerb.Patch
        Send = fun c ct -> c.Users.UpdateUser("user_1", UpdateUserParams(FirstName = Optional.Of "Ada"), ct) |> idOf (fun u -> u.Id) } ]

/// A case: a call, a policy (MaxAttempts 1..6, opt-in or not) and six scripted answers.
type private Case =
    { Call: Call
      MaxAttempts: int
      RetryNonIdempotent: bool
      Script: Scripted list }

    override c.ToString() = $"%s{c.Call.Name} max=%d{c.MaxAttempts} nonIdempotent=%b{c.RetryNonIdempotent} script=%A{c.Script}"

let private caseGen : Gen<Case> =
    gen {
        let! call = Gen.elements calls
        let! maxAttempts = Gen.choose (1, 6)
        let! optIn = Gen.elements [ false; true ]
        let! script = Gen.listOfLength 6 scriptedGen
        return { Call = call; MaxAttempts = maxAttempts; RetryNonIdempotent = optIn; Script = script }
    }

let private policyOf (c: Case) = RetryPolicy(MaxAttempts = c.MaxAttempts, RetryNonIdempotent = c.RetryNonIdempotent)

/// The model: how many attempts the documented rules make. With the default delays and these Retry-After values the
/// waits add up to less than MaxTotalTime, so only the attempt bound, the method, the answer and MaxRetryAfter decide.
/// The documented defaults are written out (not read from the policy) so that a changed default fails the property.
let private expectedAttempts (c: Case) =
    let retryStatuses = set [ 429; 502; 503; 504 ]
    let maxRetryAfter = TimeSpan.FromSeconds 30.
    let mayRetry = c.RetryNonIdempotent || c.Call.Verb = HttpVerb.Get || c.Call.Verb = HttpVerb.Put || c.Call.Verb = HttpVerb.Delete
    let rec go attempt =
        let answer = List.item (attempt - 1) c.Script
        let retryable, refused =
            match answer with
            | Status(s, ra) ->
                retryStatuses.Contains s,
                (match ra with
                 | Some v ->
                     match Int32.TryParse v with
                     | true, seconds -> TimeSpan.FromSeconds(float seconds) > maxRetryAfter
                     | _ -> false
                 | None -> false)
            | TransportFailure
            | TimeoutFailure -> true, false
        if attempt >= c.MaxAttempts || not mayRetry || not retryable || refused then attempt else go (attempt + 1)
    go 1

/// Checks that an outcome is the given scripted answer (made at `attempt`) decoded.
let private expectDecodedFrom (attempt: int) (answer: Scripted) (outcome: Outcome<string>) =
    match answer, outcome with
    | Status(s, _), Value id when s < 400 -> Expect.equal id "user_scripted" "the success decoded"
    | Status(s, ra), Failure(:? ClerkError.Api as api) ->
        Expect.equal api.Status s "the last status"
        Expect.equal api.TraceId (rayOf attempt) "the last answer's trace id"
        Expect.equal api.RetryAfterSeconds (ra |> Option.map (fun v -> (Decode.RetryAfterSeconds v).ToNullable()) |> Option.defaultValue (System.Nullable())) "the last Retry-After"
        Expect.equal api.Code $"code_%d{s}" "the last error code"
    | TransportFailure, Failure(:? ClerkError.Transport) -> ()
    | TimeoutFailure, Failure(:? ClerkError.Timeout) -> ()
    | _ -> failtestf "attempt %d answered %A but the call returned %A" attempt answer outcome

let private retryFollowsTheRules (c: Case) =
    let client, runner, clock = scriptedClient (policyOf c) c.Script
    let outcome = c.Call.Send client CancellationToken.None |> runAsync |> drive clock
    let attempts = runner.Attempts
    Expect.isLessThanOrEqual attempts c.MaxAttempts "attempts never exceed MaxAttempts"
    if (c.Call.Verb = HttpVerb.Post || c.Call.Verb = HttpVerb.Patch) && not c.RetryNonIdempotent then
        Expect.equal attempts 1 "POST and PATCH are attempted exactly once unless opted in"
    Expect.equal attempts (expectedAttempts c) "the documented number of attempts"
    Expect.equal clock.Requested.Length (attempts - 1) "one wait between attempts"
    Expect.allEqual (runner.Requests |> List.map (fun r -> r.Verb)) c.Call.Verb "every attempt is the same request"
    expectDecodedFrom attempts (List.item (attempts - 1) c.Script) outcome

let private nextDelayInputsGen =
    gen {
        let! verb = Gen.elements [ HttpVerb.Get; HttpVerb.Post; HttpVerb.Put; HttpVerb.Patch; HttpVerb.Delete ]
        let! answer = scriptedGen
        let! attempt = Gen.choose (1, 7)
        let! backoffMs = Gen.frequency [ 1, Gen.constant None; 4, Gen.choose (0, 20000) |> Gen.map Some ]
        let! elapsedMs = Gen.choose (0, 90000)
        let! maxAttempts = Gen.choose (1, 6)
        let! optIn = Gen.elements [ false; true ]
        let! maxRetryAfter = Gen.choose (0, 60)
        return verb, answer, attempt, backoffMs, elapsedMs, maxAttempts, optIn, maxRetryAfter
    }

let private nextDelayIsPure (verb, answer, attempt, backoffMs: int option, elapsedMs: int, maxAttempts, optIn, maxRetryAfter: int) =
    let mk () = RetryPolicy(MaxAttempts = maxAttempts, RetryNonIdempotent = optIn, MaxRetryAfter = TimeSpan.FromSeconds(float maxRetryAfter))
    let request = ClerkRequest.Of(verb, Route.Of("users"))
    let backoff =
        match backoffMs with
        | Some ms -> LanguageExt.Option<TimeSpan>.Some(TimeSpan.FromMilliseconds(float ms))
        | None -> LanguageExt.Option<TimeSpan>.None
    let elapsed = TimeSpan.FromMilliseconds(float elapsedMs)
    let decide (policy: RetryPolicy) = policy.NextDelay(request, outcomeOf attempt answer, attempt, backoff, elapsed, clockStart)
    let policy = mk ()
    let first = decide policy
    Expect.equal (decide policy) first "same policy, same inputs: same decision"
    Thread.Sleep 0
    Expect.equal (decide (mk ())) first "an equal policy decides the same"
    // and the decision respects the bounds it documents
    first.IfSome(fun wait ->
        Expect.isLessThan attempt maxAttempts "a retry only below MaxAttempts"
        Expect.isLessThanOrEqual (elapsed + wait) policy.MaxTotalTime "a retry only within MaxTotalTime"
        backoff.IfSome(fun b -> Expect.isGreaterThanOrEqual wait b "never shorter than the back-off") |> ignore)
    |> ignore

// ---- the secret key never appears in a span, a metric or an error ----

let private expectNoKey (key: string) (what: string) (texts: string list) =
    let secretPart = key.Substring("sk_test_".Length)
    for text in texts do
        if not (isNull text) && (text.Contains(key, StringComparison.Ordinal) || (secretPart.Length >= 8 && text.Contains(secretPart, StringComparison.Ordinal))) then
            failtestf "%s leaks the secret key %s: %s" what key text

let private capture = lazy (new DiagnosticsCapture())

let private secretNeverLeaks (key: string, c: Case) =
    let capture = capture.Value
    let clock = RecordingClock()
    let options = ClerkClientOptions(SecretKey = key, Retry = policyOf c)
    // The live HTTP runner over a scripted handler: the key really goes into the Authorization header.
    use handler = new ScriptedHandler(fun attempt _ -> httpAnswer attempt (List.item (min (attempt - 1) 5) c.Script))
    let client = ClerkApi(options, HttpRunner(options, handler :> System.Net.Http.HttpMessageHandler), clock)
    let outcome, traceId, root = traced (fun () -> c.Call.Send client CancellationToken.None |> runAsync |> drive clock)
    match handler.Received with
    | (_, _, auth) :: _ -> Expect.equal auth (Some("Bearer " + key)) "the key was sent (so it was in play)"
    | [] -> failtest "nothing was sent"
    let spans = capture.Spans traceId
    Expect.equal spans.Length handler.Received.Length "one span per attempt"
    for span in spans do
        expectNoKey key "a span" (spanTexts span)
    expectNoKey key "the caller's span (retry events)" (spanTexts root)
    let measurements = capture.Measurements traceId
    Expect.isGreaterThanOrEqual measurements.Length (2 * spans.Length) "requests and duration recorded per attempt"
    for m in measurements do
        expectNoKey key "a measurement" (measurementTexts m)
    match outcome with
    | Failure e -> expectNoKey key "the error" (errorTexts e)
    | Crashed e -> failtestf "the effect crashed: %O" e
    | Value _ -> ()

[<Tests>]
let tests =
    testList
        "Retry properties"
        [ testPropertyWithConfig (config 300) "attempts never exceed MaxAttempts; POST/PATCH once unless opted in; the result is the last answer decoded"
          <| Prop.forAll (Arb.fromGen caseGen) retryFollowsTheRules

          testPropertyWithConfig (config 500) "RetryPolicy.NextDelay is pure and within its bounds"
          <| Prop.forAll (Arb.fromGen nextDelayInputsGen) nextDelayIsPure

          testPropertyWithConfig (config 150) "the secret key never appears in a span, a metric or an error"
          <| Prop.forAll (Arb.fromGen (Gen.zip secretKeyGen caseGen)) secretNeverLeaks ]
