/// Client-side rate limiting: the token bucket on a fake clock, Clerk's documented limits, and the bucket in a client.
module Clerk.Functional.Tests.RateLimitTests

open System
open System.Threading
open System.Threading.Tasks
open Expecto
open Clerk.Functional
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TransportSupport

let private seconds (s: float) = TimeSpan.FromSeconds s

/// Waits (bounded, real time) for a task that should complete now.
let private completes (message: string) (t: Task) =
    if not (t.Wait hangBound) then failtestf "%s: did not complete" message

[<Tests>]
let tests =
    testList
        "Rate limiting"
        [ testCase "a burst of N + k with capacity N: N immediate, k queued in FIFO order with the right waits"
          <| fun () ->
              let clock = RecordingClock()
              // 3 per 3 s: one token a second
              let bucket = TokenBucket(RateLimitOptions(3, seconds 3.), clock)
              let acquisitions = [ for _ in 1..6 -> bucket.AcquireAsync CancellationToken.None ]
              let immediate, queued = List.splitAt 3 acquisitions
              for t in immediate do
                  Expect.isTrue t.IsCompletedSuccessfully "the first N go at once"
              for t in queued do
                  Expect.isFalse t.IsCompleted "the others wait"
              Expect.equal clock.Requested [ seconds 1.; seconds 2.; seconds 3. ] "each waits one refill longer than the previous"
              for i in 0..2 do
                  clock.Advance(seconds 1.)
                  completes $"queued {i + 1}" queued[i]
                  for later in queued |> List.skip (i + 1) do
                      Expect.isFalse later.IsCompleted $"after {i + 1} s, the later ones still wait (FIFO)"

          testCase "Reserve: the waits grow by one refill interval"
          <| fun () ->
              let clock = RecordingClock()
              let bucket = TokenBucket(RateLimitOptions(2, seconds 10.), clock)
              let waits = [ for _ in 1..5 -> bucket.Reserve() ]
              Expect.equal waits [ TimeSpan.Zero; TimeSpan.Zero; seconds 5.; seconds 10.; seconds 15. ] "0, 0, 5, 10, 15 s"

          testCase "the bucket refills over time, never above its capacity"
          <| fun () ->
              let clock = RecordingClock()
              let bucket = TokenBucket(RateLimitOptions(2, seconds 10.), clock)
              bucket.Reserve() |> ignore
              bucket.Reserve() |> ignore
              clock.Advance(seconds 100.)
              let waits = [ for _ in 1..3 -> bucket.Reserve() ]
              Expect.equal waits [ TimeSpan.Zero; TimeSpan.Zero; seconds 5. ] "two tokens after a long pause, not twenty"

          testCase "cancellation while queued ends the wait and returns the token"
          <| fun () ->
              let clock = RecordingClock()
              let bucket = TokenBucket(RateLimitOptions(1, seconds 1.), clock)
              (bucket.AcquireAsync CancellationToken.None).IsCompletedSuccessfully |> fun ok -> Expect.isTrue ok "the first goes at once"
              use cts = new CancellationTokenSource()
              let queued = bucket.AcquireAsync cts.Token
              Expect.isFalse queued.IsCompleted "the second waits"
              cts.Cancel()
              let cancelled =
                  try
                      queued.Wait hangBound |> ignore
                      false
                  with :? AggregateException as e -> e.InnerException :? OperationCanceledException
              Expect.isTrue cancelled "the wait ends with OperationCanceledException"
              // Without the returned token the next one would wait 2 s (behind the cancelled one).
              Expect.equal (bucket.Reserve()) (seconds 1.) "the cancelled token was given back"

          testCase "RateLimitOptions.ForSecretKey: sk_test_ gets 100 per 10 s, anything else 1000 per 10 s"
          <| fun () ->
              Expect.equal (RateLimitOptions.ForSecretKey "sk_test_abc") (RateLimitOptions(100, seconds 10.)) "development"
              Expect.equal (RateLimitOptions.ForSecretKey "sk_live_abc") (RateLimitOptions(1000, seconds 10.)) "production"
              Expect.equal (RateLimitOptions.ForSecretKey null) (RateLimitOptions(1000, seconds 10.)) "none"
              Expect.equal (RateLimitOptions.ForSecretKey "sk_tes") (RateLimitOptions(1000, seconds 10.)) "not a test key"
              Expect.equal RateLimitOptions.Development (RateLimitOptions(100, seconds 10.)) "Development"
              Expect.equal RateLimitOptions.Production (RateLimitOptions(1000, seconds 10.)) "Production"

          testCase "a bucket needs a positive limit"
          <| fun () ->
              Expect.throwsT<ArgumentOutOfRangeException> (fun () -> TokenBucket(RateLimitOptions(0, seconds 1.)) |> ignore) "zero requests"
              Expect.throwsT<ArgumentOutOfRangeException> (fun () -> TokenBucket(RateLimitOptions(1, TimeSpan.Zero)) |> ignore) "zero window"

          testCase "through a client: the (N+1)th request does not reach the transport until the clock advances"
          <| fun () ->
              let clock = RecordingClock()
              let runner = ScriptedRunner([ Status(200, None) ], clock)
              let options = ClerkClientOptions(SecretKey = testSecretKey, Retry = RetryPolicy.None, RateLimit = RateLimitOptions(2, seconds 10.))
              let client = ClerkApi(options, runner, clock)
              let calls = [ for i in 1..3 -> client.Users.GetUser $"user_{i}" |> runAsync ]
              completes "first" calls[0]
              completes "second" calls[1]
              waitForTimer clock
              Expect.equal clock.Requested [ seconds 5. ] "the third waits for one refill (10 s / 2)"
              Expect.equal runner.Attempts 2 "two reached the transport"
              Expect.isFalse calls[2].IsCompleted "the third is queued"
              clock.Advance(seconds 5. - TimeSpan.FromMilliseconds 1.)
              Thread.Sleep 20
              Expect.equal runner.Attempts 2 "still two, 1 ms before the refill"
              clock.Advance(TimeSpan.FromMilliseconds 1.)
              calls[2] |> within |> expectValue "third" |> ignore
              Expect.equal runner.Attempts 3 "the third reached the transport"
              Expect.equal (runner.Requests |> List.map (fun r -> r.Path.Escaped)) [ "/users/user_1"; "/users/user_2"; "/users/user_3" ] "in order"

          testCase "every attempt takes a token, and WithRetry shares the client's bucket"
          <| fun () ->
              let clock = RecordingClock()
              let runner = ScriptedRunner([ Status(503, None); Status(200, None) ], clock)
              let options =
                  ClerkClientOptions(SecretKey = testSecretKey, Retry = RetryPolicy(BaseDelay = TimeSpan.Zero, Jitter = 0.), RateLimit = RateLimitOptions(2, seconds 10.))
              let client = ClerkApi(options, runner, clock)
              client.Users.GetUser "user_1" |> run |> expectValue "503 then 200" |> ignore
              Expect.equal runner.Attempts 2 "two attempts, two tokens"
              let other = client.WithRetry RetryPolicy.None
              let queued = other.Users.GetUser "user_2" |> runAsync
              waitForTimer clock
              Expect.isFalse queued.IsCompleted "the bucket is empty for the derived client too"
              Expect.equal runner.Attempts 2 "nothing sent"
              queued |> drive clock |> expectValue "after the refill" |> ignore
              Expect.equal runner.Attempts 3 "sent after the refill" ]
