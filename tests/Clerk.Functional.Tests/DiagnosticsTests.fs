/// Tracing and metrics (one span per attempt, route templates, attempt numbers, Clerk trace ids; never an id, a query
/// value or a body), and the live runner over a caller's HttpMessageHandler.
module Clerk.Functional.Tests.DiagnosticsTests

open System
open System.Diagnostics
open System.Net.Http
open System.Text
open System.Threading
open System.Threading.Tasks
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TransportSupport

/// Retries without waits (back-off zero), so no clock is needed.
let private immediate = RetryPolicy(BaseDelay = TimeSpan.Zero, Jitter = 0.)

let private capture = lazy (new DiagnosticsCapture())

let private tag (a: Activity) (name: string) = a.GetTagItem name

let private expectAbsent (needle: string) (what: string) (texts: string list) =
    for text in texts do
        if not (isNull text) && text.Contains(needle, StringComparison.Ordinal) then failtestf "%s contains %s: %s" what needle text

/// Three attempts at getUser: 503 with cf-ray only; 502 with a body clerk_trace_id (and another cf-ray); 200 with cf-ray.
let private threeAttempts () =
    let count = ref 0
    FakeRunner(fun _ ->
        let answer =
            match Interlocked.Increment count with
            | 1 -> response 503 (Some "text/html") [ "cf-ray", "ray-a" ] (Encoding.UTF8.GetBytes "<html>unavailable</html>")
            | 2 ->
                response 502 (Some "application/json") [ "cf-ray", "ray-b" ]
                    (Encoding.UTF8.GetBytes """{"errors":[{"code":"bad_gateway","message":"m"}],"clerk_trace_id":"trace_b"}""")
            | _ -> response 200 (Some "application/json") [ "cf-ray", "ray-c" ] (Encoding.UTF8.GetBytes okBody)
        LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(answer))

[<Tests>]
let tests =
    testList
        "Diagnostics"
        [ testCase "one span per attempt: name, method, route template, status, attempt, Clerk trace id; never the id"
          <| fun () ->
              let capture = capture.Value
              let client = ClerkApi(optionsWith immediate, threeAttempts ())
              let outcome, traceId, root = traced (fun () -> client.Users.GetUser "user_secret123" |> run)
              outcome |> expectValue "success on the third attempt" |> ignore
              let spans = capture.Spans traceId |> List.sortBy (fun a -> a.StartTimeUtc)
              Expect.equal spans.Length 3 "three spans"
              for a in spans do
                  Expect.equal a.DisplayName "GET /users/{id}" "span name"
                  Expect.equal a.Kind ActivityKind.Client "client span"
                  Expect.equal a.ParentSpanId root.SpanId "a child of the caller's span"
                  Expect.equal (tag a "http.request.method") (box "GET") "method"
                  Expect.equal (tag a "url.template") (box "/users/{id}") "route template"
                  expectAbsent "secret123" "a span" (spanTexts a)
              Expect.equal (spans |> List.map (fun a -> tag a "clerk.attempt")) [ box 1; box 2; box 3 ] "attempt numbers"
              Expect.equal (spans |> List.map (fun a -> tag a "http.response.status_code")) [ box 503; box 502; box 200 ] "statuses"
              Expect.equal (spans |> List.map (fun a -> tag a "clerk.trace_id")) [ box "ray-a"; box "trace_b"; box "ray-c" ] "cf-ray, else the body's clerk_trace_id"
              Expect.equal (spans |> List.map (fun a -> a.Status)) [ ActivityStatusCode.Error; ActivityStatusCode.Error; ActivityStatusCode.Unset ] "error status on failed attempts"
              Expect.equal (tag spans[1] "clerk.error.code") (box "bad_gateway") "the error code"
              expectAbsent "secret123" "the caller's span" (spanTexts root)

          testCase "metrics: clerk.client.requests and clerk.client.request.duration per attempt, with the same tags"
          <| fun () ->
              let capture = capture.Value
              let client = ClerkApi(optionsWith immediate, threeAttempts ())
              let _, traceId, _ = traced (fun () -> client.Users.GetUser "user_secret123" |> run)
              let measurements = capture.Measurements traceId
              for m in measurements do
                  expectAbsent "secret123" "a measurement" (measurementTexts m)
              let tagsOf (name: string) =
                  measurements
                  |> List.filter (fun m -> m.Instrument = name)
                  |> List.map (fun m -> m.Tag "http.request.method", m.Tag "url.template", m.Tag "clerk.attempt", m.Tag "clerk.outcome")
                  |> List.sortBy (fun (_, _, attempt, _) -> attempt |> Option.map unbox<int>)
              let expected =
                  [ for (attempt, outcome) in [ 1, "503"; 2, "502"; 3, "200" ] -> Some(box "GET"), Some(box "/users/{id}"), Some(box attempt), Some(box outcome) ]
              Expect.equal (tagsOf "clerk.client.requests") expected "requests: one per attempt"
              Expect.equal (tagsOf "clerk.client.request.duration") expected "duration: one per attempt, same tags"
              Expect.all (measurements |> List.filter (fun m -> m.Instrument = "clerk.client.requests")) (fun m -> m.Value = 1.) "counted once each"
              Expect.all (measurements |> List.filter (fun m -> m.Instrument = "clerk.client.request.duration")) (fun m -> m.Value >= 0.) "durations"
              let retries = measurements |> List.filter (fun m -> m.Instrument = "clerk.client.retries")
              Expect.equal (retries |> List.map (fun m -> m.Tag "clerk.retry.reason")) [ Some(box "503"); Some(box "502") ] "two retries, with their reasons"

          testCase "no query value and no body in any tag"
          <| fun () ->
              let capture = capture.Value
              let client = ClerkApi(optionsWith RetryPolicy.None, fakeRunner (fun r ->
                  match r.Path.Template with
                  | "/users/count" -> jsonResponse 200 """{"object":"total_count","total_count":1}"""
                  | "/users" -> jsonResponse 200 ("[" + okBody + "]")
                  | _ -> jsonResponse 200 okBody))
              let _, traceId, root =
                  traced (fun () ->
                      client.Users.GetUserList(GetUserListParams(Query = "needle_query", EmailAddress = [| "needle_mail@example.com" |])) |> run |> expectValue "list" |> ignore
                      client.Users.UpdateUser("user_needle_id", UpdateUserParams(FirstName = Optional.Of "needle_body")) |> run |> expectValue "update" |> ignore)
              let spans = capture.Spans traceId
              Expect.equal (spans |> List.map (fun a -> a.DisplayName) |> List.sort) [ "GET /users"; "GET /users/count"; "PATCH /users/{id}" ] "span names"
              let texts = (spans |> List.collect spanTexts) @ (capture.Measurements traceId |> List.collect measurementTexts) @ spanTexts root
              for needle in [ "needle"; "example.com"; "okBody"; "user_scripted" ] do
                  expectAbsent needle "a tag" texts

          testCase "a transport failure is tagged with the error type; a cancelled attempt is tagged cancelled"
          <| fun () ->
              let capture = capture.Value
              let failing = FakeRunner(fun _ -> LanguageExt.Prelude.Left<ClerkError, ClerkResponse>(ClerkError.Transport("reset", "IOException")))
              let _, traceId, _ = traced (fun () -> ClerkApi(optionsWith RetryPolicy.None, failing).Users.GetUser "user_1" |> run |> ignore)
              match capture.Spans traceId with
              | [ a ] ->
                  Expect.equal (tag a "error.type") (box "Transport") "error type"
                  Expect.equal a.Status ActivityStatusCode.Error "error status"
                  Expect.isNull (tag a "http.response.status_code") "no status"
              | spans -> failtestf "expected one span, got %d" spans.Length
              use cts = new CancellationTokenSource()
              let hanging =
                  { new IClerkRunner with
                      member _.Send(_, ct) =
                          LanguageExt.Prelude.Aff(fun () ->
                              ValueTask<LanguageExt.Either<ClerkError, ClerkResponse>>(
                                  task {
                                      do! Task.Delay(Timeout.Infinite, ct)
                                      return LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse 200 okBody)
                                  })) }
              let work, traceId, _ = traced (fun () -> ClerkApi(optionsWith RetryPolicy.None, hanging).Users.GetUser("user_1", cts.Token) |> runAsync)
              cts.Cancel()
              match within work with
              | Crashed e -> Expect.isTrue (e.Is<OperationCanceledException>()) "cancelled"
              | other -> failtestf "expected cancellation, got %A" other
              match capture.Spans traceId with
              | [ a ] -> Expect.equal (tag a "error.type") (box "cancelled") "tagged cancelled"
              | spans -> failtestf "expected one span, got %d" spans.Length
              let outcomes = capture.Measurements traceId |> List.filter (fun m -> m.Instrument = "clerk.client.requests") |> List.map (fun m -> m.Tag "clerk.outcome")
              Expect.equal outcomes [ Some(box "cancelled") ] "counted as cancelled"

          testCase "ClerkApi(options, handler) sends through the caller's HttpMessageHandler and does not dispose it"
          <| fun () ->
              use handler = new ScriptedHandler(fun attempt _ -> httpAnswer attempt (Status(200, None)))
              let client = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, Retry = RetryPolicy.None), handler :> HttpMessageHandler)
              let user = client.Users.GetUser "user_1" |> runAsync |> within |> expectValue "through the handler"
              Expect.equal user.Id "user_scripted" "decoded the handler's answer"
              client.Users.DeleteUser "user_2" |> runAsync |> within |> expectValue "again" |> ignore
              Expect.equal
                  handler.Received
                  [ "GET", "https://api.clerk.com/v1/users/user_1", Some("Bearer " + testSecretKey)
                    "DELETE", "https://api.clerk.com/v1/users/user_2", Some("Bearer " + testSecretKey) ]
                  "both requests went through the handler"
              Expect.isFalse handler.Disposed "the caller's handler is not disposed"

          testCase "ClerkApi(options, handler) retries through the handler"
          <| fun () ->
              use handler = new ScriptedHandler(fun attempt _ -> httpAnswer attempt (if attempt < 3 then Status(503, None) else Status(200, None)))
              let client = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, Retry = immediate), handler :> HttpMessageHandler)
              client.Users.GetUser "user_1" |> runAsync |> within |> expectValue "third attempt" |> ignore
              Expect.equal handler.Received.Length 3 "three attempts through the handler" ]
