/// The retry decorator through a scripted fake transport and a fake clock: which answers are retried, how long each
/// wait is, the bounds on attempts and total time, opt-in for POST and PATCH, per-call policies, cancellation.
module Clerk.Functional.Tests.RetryTests

open System
open System.Threading
open System.Threading.Tasks
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TransportSupport

/// The default policy without jitter: back-off 0.5 s, 1 s, 2 s, ...
let private noJitter = RetryPolicy(Jitter = 0.)

let private getUser (client: ClerkApi) (clock: RecordingClock) =
    client.Users.GetUser "user_1" |> runAsync |> drive clock

let private expectApi (message: string) (outcome: Outcome<'T>) =
    match expectFailure message outcome with
    | :? ClerkError.Api as api -> api
    | other -> failtestf "%s: expected Api, got %O" message other

let private createUser (client: ClerkApi) =
    client.Users.CreateUser(CreateUserParams(FirstName = Optional.Of "Ada")) |> runAsync

let private updateUser (client: ClerkApi) =
    client.Users.UpdateUser("user_1", UpdateUserParams(FirstName = Optional.Of "Ada")) |> runAsync

[<Tests>]
let tests =
    testList
        "Retry (scripted transport, fake clock)"
        [ testCase "429 with Retry-After: 3 then 200: success after 2 attempts, having waited at least 3 s"
          <| fun () ->
              let client, runner, clock = scriptedClient RetryPolicy.Default [ Status(429, Some "3"); Status(200, None) ]
              getUser client clock |> expectValue "success" |> ignore
              Expect.equal runner.Attempts 2 "two attempts"
              match clock.Requested with
              | [ wait ] ->
                  Expect.isGreaterThanOrEqual wait (TimeSpan.FromSeconds 3.) "waited at least Retry-After"
                  Expect.isLessThan wait (TimeSpan.FromSeconds 4.) "not much more than Retry-After (back-off is shorter)"
              | waits -> failtestf "expected one wait, got %A" waits
              match runner.Times with
              | [ first; second ] -> Expect.isGreaterThanOrEqual (second - first) (TimeSpan.FromSeconds 3.) "the second attempt came 3 s later"
              | times -> failtestf "expected two attempt times, got %A" times

          testCase "429 with Retry-After as an HTTP date: waits until that date"
          <| fun () ->
              let clock = RecordingClock()
              let date = (clock.GetUtcNow() + TimeSpan.FromSeconds 5.).ToString("r")
              let runner = ScriptedRunner([ Status(429, Some date); Status(200, None) ], clock)
              let client = ClerkApi(optionsWith RetryPolicy.Default, runner, clock)
              getUser client clock |> expectValue "success" |> ignore
              Expect.equal runner.Attempts 2 "two attempts"
              Expect.equal clock.Requested [ TimeSpan.FromSeconds 5. ] "waited until the date (longer than the back-off)"

          testCase "429 without Retry-After: waits the back-off delay"
          <| fun () ->
              let client, runner, clock = scriptedClient noJitter [ Status(429, None); Status(429, None); Status(200, None) ]
              getUser client clock |> expectValue "success" |> ignore
              Expect.equal runner.Attempts 3 "three attempts"
              Expect.equal clock.Requested [ TimeSpan.FromMilliseconds 500.; TimeSpan.FromSeconds 1. ] "0.5 s then 1 s"
              Expect.equal clock.Requested (backoffOf noJitter |> List.take 2) "the schedule's first two delays"

          testCase "Retry-After above MaxRetryAfter: not retried; the 429 comes back with RetryAfterSeconds"
          <| fun () ->
              let policy = RetryPolicy(MaxRetryAfter = TimeSpan.FromSeconds 30.)
              let client, runner, clock = scriptedClient policy [ Status(429, Some "31"); Status(200, None) ]
              let api = getUser client clock |> expectApi "429"
              Expect.equal runner.Attempts 1 "one attempt"
              Expect.isEmpty clock.Requested "no wait"
              Expect.equal api.Status 429 "status"
              Expect.equal api.RetryAfterSeconds (System.Nullable 31) "Retry-After kept"
              Expect.equal api.TraceId (rayOf 1) "trace id"

          testCase "500 is not retried"
          <| fun () ->
              let client, runner, clock = scriptedClient RetryPolicy.Default [ Status(500, None); Status(200, None) ]
              let api = getUser client clock |> expectApi "500"
              Expect.equal (api.Status, runner.Attempts) (500, 1) "one attempt, the 500"
              Expect.isEmpty clock.Requested "no wait"

          testCase "400, 404 and 422 are not retried"
          <| fun () ->
              for status in [ 400; 401; 403; 404; 422 ] do
                  let client, runner, _ = scriptedClient RetryPolicy.Default [ Status(status, None); Status(200, None) ]
                  let api = client.Users.GetUser "user_1" |> run |> expectApi (string status)
                  Expect.equal (api.Status, runner.Attempts) (status, 1) $"{status}: one attempt"

          testCase "502, 503 and 504 are retried up to MaxAttempts; the error carries the last status, trace id and Retry-After"
          <| fun () ->
              for status in [ 502; 503; 504 ] do
                  let client, runner, clock = scriptedClient (RetryPolicy(MaxAttempts = 4)) [ Status(status, Some "1") ]
                  let api = getUser client clock |> expectApi (string status)
                  Expect.equal runner.Attempts 4 $"{status}: four attempts"
                  Expect.equal clock.Requested.Length 3 $"{status}: three waits"
                  Expect.equal (api.Status, api.TraceId, api.RetryAfterSeconds) (status, rayOf 4, System.Nullable 1) $"{status}: the last answer"
              let client, runner, clock =
                  scriptedClient (RetryPolicy(MaxAttempts = 4)) [ Status(503, None); Status(502, Some "1"); Status(504, None); Status(503, Some "2") ]
              let api = getUser client clock |> expectApi "mixed"
              Expect.equal runner.Attempts 4 "four attempts"
              Expect.equal (api.Status, api.TraceId, api.RetryAfterSeconds) (503, rayOf 4, System.Nullable 2) "the fourth answer, not an earlier one"
              Expect.equal api.Code "code_503" "its error code"

          testCase "Transport and Timeout errors are retried for GET"
          <| fun () ->
              let client, runner, clock = scriptedClient RetryPolicy.Default [ TransportFailure; TimeoutFailure; Status(200, None) ]
              getUser client clock |> expectValue "success on the third attempt" |> ignore
              Expect.equal runner.Attempts 3 "three attempts"
              let client, runner, clock = scriptedClient (RetryPolicy(MaxAttempts = 3)) [ TimeoutFailure; TransportFailure ]
              match getUser client clock |> expectFailure "transport" with
              | :? ClerkError.Transport -> ()
              | other -> failtestf "expected the last error (Transport), got %O" other
              Expect.equal runner.Attempts 3 "three attempts"

          testCase "PUT and DELETE are retried by default"
          <| fun () ->
              let client, runner, clock = scriptedClient RetryPolicy.Default [ Status(503, None); Status(200, None) ]
              client.Users.DeleteUser "user_1" |> runAsync |> drive clock |> expectValue "delete" |> ignore
              Expect.equal runner.Attempts 2 "DELETE retried"
              Expect.equal runner.Requests.Head.Verb HttpVerb.Delete "a DELETE"

          testCase "POST (createUser) and PATCH (updateUser) are not retried by default"
          <| fun () ->
              for (name, call, verb) in [ "POST", createUser, HttpVerb.Post; "PATCH", updateUser, HttpVerb.Patch ] do
                  for script in [ [ Status(503, None) ]; [ Status(429, Some "1") ]; [ TransportFailure ]; [ TimeoutFailure ] ] do
                      let client, runner, clock = scriptedClient RetryPolicy.Default (script @ [ Status(200, None) ])
                      call client |> drive clock |> expectFailure name |> ignore
                      Expect.equal runner.Attempts 1 $"{name} {script}: one attempt"
                      Expect.equal runner.Requests.Head.Verb verb "the verb"
                      Expect.isEmpty clock.Requested "no wait"

          testCase "POST and PATCH are retried with RetryNonIdempotent = true"
          <| fun () ->
              let policy = RetryPolicy(RetryNonIdempotent = true)
              for (name, call) in [ "POST", createUser; "PATCH", updateUser ] do
                  let client, runner, clock = scriptedClient policy [ Status(503, None); TransportFailure; Status(200, None) ]
                  call client |> drive clock |> expectValue name |> ignore
                  Expect.equal runner.Attempts 3 $"{name}: three attempts"
              // per call: the same client with another policy
              let client, runner, clock = scriptedClient RetryPolicy.Default [ Status(503, None); Status(200, None) ]
              createUser (client.WithRetry policy) |> drive clock |> expectValue "WithRetry" |> ignore
              Expect.equal runner.Attempts 2 "retried through WithRetry"

          testCase "WithRetry(RetryPolicy.None) sends once"
          <| fun () ->
              let client, runner, clock = scriptedClient RetryPolicy.Default [ Status(503, None); Status(503, None); Status(200, None) ]
              let api = client.WithRetry(RetryPolicy.None).Users.GetUser "user_1" |> runAsync |> drive clock |> expectApi "none"
              Expect.equal (api.Status, runner.Attempts) (503, 1) "one attempt"
              // the original client still retries
              client.Users.GetUser "user_1" |> runAsync |> drive clock |> expectValue "default" |> ignore
              Expect.equal runner.Attempts 3 "the original client retried (second and third attempts)"

          testCase "MaxTotalTime stops the retries: no retry whose wait would end after it"
          <| fun () ->
              // back-off 1 s, 2 s, 4 s: after attempt 3 the elapsed time is 3 s and a 4 s wait would end at 7 s > 3.5 s
              let policy = RetryPolicy(MaxAttempts = 10, BaseDelay = TimeSpan.FromSeconds 1., Jitter = 0., MaxTotalTime = TimeSpan.FromSeconds 3.5)
              let client, runner, clock = scriptedClient policy [ Status(503, None) ]
              let api = getUser client clock |> expectApi "503"
              Expect.equal api.Status 503 "the last error"
              Expect.equal runner.Attempts 3 "three attempts"
              Expect.equal clock.Requested [ TimeSpan.FromSeconds 1.; TimeSpan.FromSeconds 2. ] "two waits"
              Expect.isLessThanOrEqual (List.last runner.Times - List.head runner.Times) policy.MaxTotalTime "within the total time"

          testCase "jittered waits stay within [delay, delay × (1 + jitter)], capped at MaxDelay"
          <| fun () ->
              let policy = RetryPolicy(MaxAttempts = 6, MaxTotalTime = TimeSpan.FromMinutes 5.)
              for _ in 1..20 do
                  let client, runner, clock = scriptedClient policy [ Status(503, None) ]
                  getUser client clock |> expectApi "503" |> ignore
                  Expect.equal runner.Attempts 6 "six attempts"
                  let bases = [ 0.5; 1.; 2.; 4.; 8. ]
                  for (wait, b) in List.zip clock.Requested bases do
                      Expect.isGreaterThanOrEqual wait (TimeSpan.FromSeconds b) "at least the exponential delay"
                      Expect.isLessThanOrEqual wait (TimeSpan.FromSeconds(min 10. (b * 1.5))) "at most 50 % more, and at most MaxDelay"

          testCase "with JitterSeed fixed, the waits are the schedule's delays, element by element"
          <| fun () ->
              let policy = RetryPolicy(MaxAttempts = 5, JitterSeed = 1234)
              let client, runner, clock = scriptedClient policy [ Status(503, None) ]
              let expected = backoffOf policy
              getUser client clock |> expectApi "503" |> ignore
              Expect.equal runner.Attempts 5 "five attempts"
              // Task.Delay with a TimeProvider asks for whole milliseconds (it truncates), so compare at that resolution.
              let wholeMs (waits: TimeSpan list) = waits |> List.map (fun t -> Math.Floor t.TotalMilliseconds)
              Expect.equal (wholeMs clock.Requested) (wholeMs expected) "the waits follow policy.Backoff()"
              Expect.equal (backoffOf policy) (backoffOf policy) "the schedule of a seeded policy is reproducible"
              let client2, _, clock2 = scriptedClient policy [ Status(503, None) ]
              getUser client2 clock2 |> expectApi "503" |> ignore
              Expect.equal (wholeMs clock2.Requested) (wholeMs clock.Requested) "two calls with the same seed wait the same"

          testCase "cancelling during a wait ends promptly with OperationCanceledException, not a ClerkError"
          <| fun () ->
              let clock = RecordingClock()
              let runner = ScriptedRunner([ Status(503, None) ], clock)
              let client = ClerkApi(optionsWith (RetryPolicy(BaseDelay = TimeSpan.FromMinutes 1., MaxDelay = TimeSpan.FromMinutes 1.)), runner, clock)
              use cts = new CancellationTokenSource()
              let work = client.Users.GetUser("user_1", cts.Token) |> runAsync
              waitForTimer clock
              Expect.isFalse work.IsCompleted "waiting for the retry"
              cts.Cancel()
              match within work with
              | Crashed e -> Expect.isTrue (e.Is<OperationCanceledException>()) $"an OperationCanceledException, got %O{e}"
              | other -> failtestf "expected a cancelled effect, got %A" other
              Expect.equal runner.Attempts 1 "no attempt after the cancellation"

          testCase "a retry decision never happens after the caller cancels between attempts"
          <| fun () ->
              let clock = RecordingClock()
              use cts = new CancellationTokenSource()
              let count = ref 0
              let runner =
                  FakeRunner(fun _ ->
                      if Interlocked.Increment count = 1 then cts.Cancel()
                      outcomeOf 1 (Status(503, None)))
              let client = ClerkApi(optionsWith RetryPolicy.Default, runner, clock)
              match client.Users.GetUser("user_1", cts.Token) |> runAsync |> drive clock with
              | Crashed e -> Expect.isTrue (e.Is<OperationCanceledException>()) $"an OperationCanceledException, got %O{e}"
              | other -> failtestf "expected a cancelled effect, got %A" other
              Expect.equal count.Value 1 "one attempt" ]
