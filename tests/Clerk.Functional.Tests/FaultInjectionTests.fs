/// Fault injection against a real HTTP server on 127.0.0.1, through the live client `ClerkApi(options)`: each fault
/// ends in the documented typed error, or in a success after the documented number of attempts (the server counts them).
module Clerk.Functional.Tests.FaultInjectionTests

open System
open System.Text
open System.Threading
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.LoopbackServer
open Clerk.Functional.Tests.TransportSupport

/// Three attempts with short delays (10 ms, 20 ms, at most 50 ms) so the suite stays fast.
let private fast =
    RetryPolicy(MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds 10., MaxDelay = TimeSpan.FromMilliseconds 50., MaxRetryAfter = TimeSpan.FromSeconds 1.)

let private optionsOf (server: Server) (policy: RetryPolicy) (timeout: TimeSpan) =
    ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = server.Url, Retry = policy, Timeout = timeout)

/// The live client (the shared pooled HttpClient) with the fast policy and a 5 s time-out.
let private live (server: Server) = ClerkApi(optionsOf server fast (TimeSpan.FromSeconds 5.))

/// Sends getUser and waits (bounded) for the outcome.
let private getUser (client: ClerkApi) = client.Users.GetUser "user_1" |> runAsync |> within

let private bytes (s: string) = Encoding.UTF8.GetBytes s

let private withRay (headers: (string * string) list) = ("cf-ray", "ray-loop") :: headers

let private userAnswer = json 200 okBody

let private errorAnswer (status: int) (headers: (string * string) list) =
    Respond(status, withRay (("Content-Type", "application/json") :: headers), bytes $"""{{"errors":[{{"code":"code_%d{status}","message":"m"}}]}}""")

let private expectApi (message: string) (outcome: Outcome<'T>) =
    match expectFailure message outcome with
    | :? ClerkError.Api as api -> api
    | other -> failtestf "%s: expected Api, got %O" message other

let private expectCount (server: Server) (n: int) (message: string) =
    Expect.isEmpty server.Errors "the server read every request"
    Expect.equal server.Received.Length n message

[<Tests>]
let tests =
    testSequenced
    <| testList
        "Fault injection (loopback HTTP)"
        [ testCase "429 with Retry-After: 1, then 200: success after 2 requests"
          <| fun () ->
              use server = serve (inOrder [ errorAnswer 429 [ "Retry-After", "1" ]; userAnswer ])
              getUser (live server) |> expectValue "success" |> ignore
              expectCount server 2 "two requests"

          testCase "429 with Retry-After: 0, then 200: success after 2 requests"
          <| fun () ->
              use server = serve (inOrder [ errorAnswer 429 [ "Retry-After", "0" ]; userAnswer ])
              getUser (live server) |> expectValue "success" |> ignore
              expectCount server 2 "two requests"

          testCase "429 without Retry-After, always: 3 requests (the back-off), then Api 429 without Retry-After"
          <| fun () ->
              use server = serve (fun _ -> errorAnswer 429 [])
              let api = getUser (live server) |> expectApi "429"
              expectCount server 3 "MaxAttempts requests"
              Expect.equal (api.Status, api.TraceId, api.RetryAfterSeconds) (429, "ray-loop", System.Nullable<int>()) "the last answer"
              Expect.equal api.Code "code_429" "code"

          testCase "429 with Retry-After above MaxRetryAfter: 1 request, Api 429 with RetryAfterSeconds"
          <| fun () ->
              use server = serve (fun _ -> errorAnswer 429 [ "Retry-After", "5" ])
              let api = getUser (live server) |> expectApi "429"
              expectCount server 1 "not retried"
              Expect.equal (api.Status, api.RetryAfterSeconds) (429, System.Nullable 5) "status and Retry-After"

          testCase "500: 1 request, Api 500"
          <| fun () ->
              use server = serve (fun _ -> errorAnswer 500 [])
              let api = getUser (live server) |> expectApi "500"
              expectCount server 1 "not retried"
              Expect.equal (api.Status, api.TraceId) (500, "ray-loop") "status and trace id"

          testCase "502, 503, 504 always: 3 requests each, Api with that status"
          <| fun () ->
              for status in [ 502; 503; 504 ] do
                  use server = serve (fun _ -> errorAnswer status [])
                  let api = getUser (live server) |> expectApi (string status)
                  expectCount server 3 $"{status}: MaxAttempts requests"
                  Expect.equal api.Status status "status"

          testCase "503 then 200: success after 2 requests"
          <| fun () ->
              use server = serve (inOrder [ errorAnswer 503 []; userAnswer ])
              getUser (live server) |> expectValue "success" |> ignore
              expectCount server 2 "two requests"

          testCase "connection reset (RST), always: 3 requests, Transport"
          <| fun () ->
              use server = serve (fun _ -> Reset)
              match getUser (live server) |> expectFailure "reset" with
              | :? ClerkError.Transport as t -> Expect.isNotEmpty t.ExceptionType "exception type"
              | other -> failtestf "expected Transport, got %O" other
              expectCount server 3 "MaxAttempts requests"

          testCase "connection reset, then 200: success after 2 requests"
          <| fun () ->
              use server = serve (inOrder [ Reset; userAnswer ])
              getUser (live server) |> expectValue "success" |> ignore
              expectCount server 2 "two requests"

          testCase "closed without an answer, then 200: success after 2 requests"
          <| fun () ->
              use server = serve (inOrder [ CloseWithoutAnswer; userAnswer ])
              getUser (live server) |> expectValue "success" |> ignore
              expectCount server 2 "two requests"

          testCase "a body cut short of its Content-Length: Transport, retried"
          <| fun () ->
              use server = serve (fun _ -> Truncated(200, [ "Content-Type", "application/json" ], bytes """{"object":"user","id":""", 500))
              match getUser (live server) |> expectFailure "cut short" with
              | :? ClerkError.Transport -> ()
              | other -> failtestf "expected Transport, got %O" other
              expectCount server 3 "MaxAttempts requests"

          testCase "a server that never answers: Timeout after the configured time-out, retried for GET"
          <| fun () ->
              use server = serve (fun _ -> Hang)
              let client = ClerkApi(optionsOf server fast (TimeSpan.FromMilliseconds 250.))
              match getUser client |> expectFailure "hang" with
              | :? ClerkError.Timeout as t -> Expect.equal t.After (TimeSpan.FromMilliseconds 250.) "the configured time-out"
              | other -> failtestf "expected Timeout, got %O" other
              expectCount server 3 "MaxAttempts requests"

          testCase "a server that never answers a POST: Timeout after one request"
          <| fun () ->
              use server = serve (fun _ -> Hang)
              let client = ClerkApi(optionsOf server fast (TimeSpan.FromMilliseconds 250.))
              match client.Users.CreateUser(CreateUserParams(FirstName = Optional.Of "Ada")) |> runAsync |> within |> expectFailure "hang" with
              | :? ClerkError.Timeout -> ()
              | other -> failtestf "expected Timeout, got %O" other
              expectCount server 1 "POST not retried"

          testCase "cancelling a call in flight ends promptly as cancellation, not as Timeout"
          <| fun () ->
              // Without retries the transport's own answer is the outcome; with retries, nothing is sent after the cancellation.
              for policy in [ RetryPolicy.None; fast ] do
                  use server = serve (fun _ -> Hang)
                  let client = ClerkApi(optionsOf server policy (TimeSpan.FromSeconds 30.))
                  use cts = new CancellationTokenSource()
                  let work = client.Users.GetUser("user_1", cts.Token) |> runAsync
                  let watch = Diagnostics.Stopwatch.StartNew()
                  while server.Received.IsEmpty && watch.Elapsed < hangBound do
                      Thread.Sleep 5
                  cts.Cancel()
                  match within work with
                  | Crashed e -> Expect.isTrue (e.Is<OperationCanceledException>()) $"an OperationCanceledException, got %O{e}"
                  | other -> failtestf "expected a cancelled effect, got %A" other
                  expectCount server 1 "not retried after cancellation"

          testCase "truncated JSON on 200: Undecodable, not retried"
          <| fun () ->
              use server = serve (fun _ -> Respond(200, [ "Content-Type", "application/json" ], bytes """{"object":"user","id":"user_1","first_na"""))
              match getUser (live server) |> expectFailure "truncated" with
              | :? ClerkError.Undecodable as u -> Expect.equal u.Status 200 "status"
              | other -> failtestf "expected Undecodable, got %O" other
              expectCount server 1 "one request"

          testCase "an HTML error page with 502: Api 502 with an empty error list, after 3 requests"
          <| fun () ->
              use server =
                  serve (fun _ ->
                      Respond(502, withRay [ "Content-Type", "text/html; charset=utf-8" ], bytes "<html><body><h1>502 Bad Gateway</h1></body></html>"))
              let api = getUser (live server) |> expectApi "502"
              expectCount server 3 "retried as a 502"
              Expect.equal api.Status 502 "status"
              Expect.isTrue api.Errors.IsEmpty "no Clerk errors"
              Expect.equal api.TraceId "ray-loop" "cf-ray"

          testCase "a 200 with the wrong content type (text/plain): Undecodable, not retried"
          <| fun () ->
              use server = serve (fun _ -> Respond(200, [ "Content-Type", "text/plain" ], bytes okBody))
              match getUser (live server) |> expectFailure "text/plain" with
              | :? ClerkError.Undecodable as u ->
                  Expect.equal u.Status 200 "status"
                  Expect.stringContains u.Reason "text/plain" "names the content type"
              | other -> failtestf "expected Undecodable, got %O" other
              expectCount server 1 "one request"

          testCase "POST against 503: 1 request by default, 3 with RetryNonIdempotent"
          <| fun () ->
              use server = serve (fun _ -> errorAnswer 503 [])
              let create (client: ClerkApi) = client.Users.CreateUser(CreateUserParams(FirstName = Optional.Of "Ada")) |> runAsync |> within
              create (live server) |> expectApi "503" |> ignore
              expectCount server 1 "not retried"
              create ((live server).WithRetry(RetryPolicy(MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds 10., RetryNonIdempotent = true)))
              |> expectApi "503"
              |> ignore
              expectCount server 4 "three more requests"

          testCase "a refused connection: Transport, retried"
          <| fun () ->
              let port =
                  let l = new Net.Sockets.TcpListener(Net.IPAddress.Loopback, 0)
                  l.Start()
                  let p = (l.LocalEndpoint :?> Net.IPEndPoint).Port
                  l.Stop()
                  p
              let client = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = $"http://127.0.0.1:%d{port}", Retry = fast))
              match getUser client |> expectFailure "refused" with
              | :? ClerkError.Transport -> ()
              | other -> failtestf "expected Transport, got %O" other ]
