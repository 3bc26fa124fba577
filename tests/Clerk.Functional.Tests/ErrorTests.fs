/// ClerkError: API errors carry Clerk's code, trace id and Retry-After; no error text ever holds the secret key.
module Clerk.Functional.Tests.ErrorTests

open System
open System.Text
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

let private ctx = ClerkJsonContext.Default

/// Every decoder, returning its error (each must turn a non-2xx into the same Api error).
let private errorOf: (string * (ClerkResponse -> LanguageExt.Either<ClerkError, unit>)) list =
    let drop (e: LanguageExt.Either<ClerkError, 'T>) = e.Map(fun _ -> ())
    [ "Json(User)", fun r -> drop (Decode.Json(ctx.User).Invoke r)
      "Page(User)", fun r -> drop (Decode.Page(ctx.PageWireUser).Invoke r)
      "Array(User)", fun r -> drop (Decode.Array(ctx.ListUser).Invoke r)
      "TotalCount", fun r -> drop (Decode.TotalCount.Invoke r)
      "Deleted", fun r -> drop (Decode.Deleted.Invoke r)
      "Raw", fun r -> drop (Decode.Raw.Invoke r)
      "Unit", fun r -> drop (Decode.Unit.Invoke r) ]

type private ApiErrorCase =
    { Status: int
      Errors: (string * string * string option) list
      BodyTraceId: string option
      CfRay: string option
      RetryAfter: int option
      ContentType: string
      Decoder: int }

let private apiErrorCaseGen =
    gen {
        let! status = Gen.choose (400, 599)
        let! count = Gen.choose (1, 3)
        let! errors = Gen.listOfLength count (Gen.zip3 textGen textGen (Gen.optionOf textGen))
        let! bodyTraceId = Gen.optionOf textGen
        let! cfRay = Gen.optionOf (textGen |> Gen.filter (fun s -> s.Length > 0 && s |> Seq.forall (fun c -> c > ' ' && c < '\u007f')))
        let! retryAfter = Gen.optionOf (Gen.choose (0, 100000))
        let! contentType = Gen.elements [ "application/json"; "application/json; charset=utf-8" ]
        let! decoder = Gen.choose (0, errorOf.Length - 1)
        return
            { Status = status
              Errors = errors
              BodyTraceId = bodyTraceId
              CfRay = cfRay
              RetryAfter = retryAfter
              ContentType = contentType
              Decoder = decoder }
    }

let private q (s: string) = JsonSerializer.Serialize s

let private bodyOf (c: ApiErrorCase) =
    let errors =
        c.Errors
        |> List.map (fun (code, message, longMessage) ->
            let lm = longMessage |> Option.map (fun l -> ",\"long_message\":" + q l) |> Option.defaultValue ""
            "{\"code\":" + q code + ",\"message\":" + q message + lm + ",\"meta\":{\"param_name\":\"email_address\"}}")
    let trace = c.BodyTraceId |> Option.map (fun t -> ",\"clerk_trace_id\":" + q t) |> Option.defaultValue ""
    "{\"errors\":[" + String.Join(",", errors) + "]" + trace + "}"

let private responseOf (c: ApiErrorCase) =
    let headers =
        (c.CfRay |> Option.map (fun r -> "cf-ray", r) |> Option.toList)
        @ (c.RetryAfter |> Option.map (fun n -> "Retry-After", string n) |> Option.toList)
    response c.Status (Some c.ContentType) headers (Encoding.UTF8.GetBytes(bodyOf c))

let private checkApiError (c: ApiErrorCase) =
    let name, decode = errorOf[c.Decoder]
    match decode (responseOf c) |> expectLeft name with
    | :? ClerkError.Api as api ->
        let (code, message, longMessage) = List.head c.Errors
        Expect.equal api.Status c.Status "status"
        Expect.equal (defaultArg (Option.ofObj api.Code) "<none>") code "the first error's code"
        Expect.equal api.Errors.Count c.Errors.Length "every error is kept"
        Expect.equal api.Errors[0].Message message "message"
        Expect.equal api.Errors[0].LongMessage (Option.toObj longMessage) "long message"
        Expect.equal api.Errors[0].Meta.ParamName "email_address" "meta.param_name"
        let expectedTrace = c.BodyTraceId |> Option.orElse c.CfRay |> Option.defaultValue ""
        Expect.equal api.TraceId expectedTrace "trace id: the body's, else cf-ray"
        Expect.equal (api.RetryAfterSeconds.HasValue, api.RetryAfterSeconds.GetValueOrDefault -1) (c.RetryAfter.IsSome, defaultArg c.RetryAfter -1) "Retry-After"
    | other -> failtestf "%s: expected Api, got %O" name other

// ---------------------------------------------------------------- secret keys

/// Fails when any text contains the key (or, for long keys, its random part).
let private expectNoKey (key: string) (what: string) (texts: string list) =
    let secretPart = key.Substring("sk_test_".Length)
    for text in texts do
        if text.Contains(key, StringComparison.Ordinal) || (secretPart.Length >= 8 && text.Contains(secretPart, StringComparison.Ordinal)) then
            failtestf "%s leaks the secret key %s: %s" what key text

/// Live calls to a port that refuses connections: transport errors, and the options' ToString.
let private liveCallsDoNotLeak (key: string) =
    let options = ClerkClientOptions(SecretKey = key, MachineSecretKey = "ak_" + key, ApiUrl = "http://127.0.0.1:1", Timeout = TimeSpan.FromSeconds 10., Retry = Clerk.Functional.Transport.RetryPolicy.None)
    let client = ClerkApi(options)
    let outcomes =
        [ run (client.Users.GetUser "user_1") |> Outcome.map ignore
          run (client.Users.DeleteUser "user_1") |> Outcome.map ignore ]
    for outcome in outcomes do
        match outcome with
        | Failure(:? ClerkError.Transport as e) -> expectNoKey key "a transport error" (errorTexts e)
        | other -> failtestf "expected a Transport error from a refused connection, got %A" other
    expectNoKey key "ClerkClientOptions.ToString" [ options.ToString(); client.Options.ToString() ]

/// Keys made malformed by whitespace or control characters: Configuration errors that do not quote them.
let private malformedKeysDoNotLeak (key: string, position: int, junk: string) =
    let at = min position key.Length
    let bad = key.Insert(at, junk)
    let request = ClerkRequest.Of(HttpVerb.Get, Route.Of("users"))
    let check (options: ClerkClientOptions) =
        match HttpRequestBuilder.Build(options, request) |> expectLeft "malformed key" with
        | :? ClerkError.Configuration as e -> expectNoKey key "a configuration error" (errorTexts e)
        | other -> failtestf "expected Configuration, got %O" other
        // Through the live runner too: the key is checked before any socket is opened.
        match run (HttpRunner(options).Send(request, Threading.CancellationToken.None)) with
        | Failure e -> expectNoKey key "a runner error" (errorTexts e)
        | other -> failtestf "expected a ClerkError, got %A" other
        expectNoKey key "ClerkClientOptions.ToString" [ options.ToString() ]
    check (ClerkClientOptions(SecretKey = bad))
    check (ClerkClientOptions(SecretKey = key, MachineSecretKey = bad))

/// Well-formed keys with some other option malformed.
let private malformedOptions (key: string) : (string * ClerkClientOptions) list =
    [ "relative apiUrl", ClerkClientOptions(SecretKey = key, ApiUrl = "api.clerk.com")
      "ftp apiUrl", ClerkClientOptions(SecretKey = key, ApiUrl = "ftp://api.clerk.com")
      "apiUrl with a query", ClerkClientOptions(SecretKey = key, ApiUrl = "https://api.clerk.com/?x=1")
      "empty apiUrl", ClerkClientOptions(SecretKey = key, ApiUrl = "")
      "apiVersion with a slash", ClerkClientOptions(SecretKey = key, ApiVersion = "v1/../admin")
      "empty apiVersion", ClerkClientOptions(SecretKey = key, ApiVersion = "")
      "proxyUrl", ClerkClientOptions(SecretKey = key, ProxyUrl = "not a url")
      "userAgent with a newline", ClerkClientOptions(SecretKey = key, UserAgent = "app\r\nX-Evil: 1")
      "negative timeout", ClerkClientOptions(SecretKey = key, Timeout = TimeSpan.FromSeconds -1.)
      "zero timeout", ClerkClientOptions(SecretKey = key, Timeout = TimeSpan.Zero)
      "sampling rate", ClerkClientOptions(SecretKey = key, Telemetry = TelemetryOptions(SamplingRate = 2.0))
      "NaN sampling rate", ClerkClientOptions(SecretKey = key, Telemetry = TelemetryOptions(SamplingRate = nan))
      "publishable key as secret key", ClerkClientOptions(SecretKey = "pk_test_" + key.Substring 8) ]

let private malformedOptionsDoNotLeak (key: string) =
    let request = ClerkRequest.Of(HttpVerb.Post, Route.Of("users")).WithBody(RequestBody.Json "{}")
    for (name, options) in malformedOptions key do
        match HttpRequestBuilder.Build(options, request) |> expectLeft name with
        | :? ClerkError.Configuration as e -> expectNoKey key $"the configuration error for {name}" (errorTexts e)
        | other -> failtestf "%s: expected Configuration, got %O" name other
        expectNoKey key $"ToString of options with {name}" [ options.ToString() ]

let private keyArb = Arb.fromGen secretKeyGen

let private malformedKeyArb =
    Arb.fromGen (
        Gen.zip3 secretKeyGen (Gen.choose (0, 60)) (Gen.elements [ " "; "\n"; "\r\n"; "\t"; "\u0000"; "\u00A0"; "\u2028"; " \n " ])
    )

[<Tests>]
let tests =
    testList
        "ClerkError"
        [ testPropertyWithConfig (config 300) "status >= 400 with a Clerk error body is Api with the status, first code, trace id and Retry-After"
          <| Prop.forAll (Arb.fromGen apiErrorCaseGen) checkApiError

          testPropertyWithConfig (config 200) "status >= 400 without a JSON body: no errors, cf-ray as trace id"
          <| Prop.forAll
              (Arb.fromGen (Gen.zip3 (Gen.choose (400, 599)) (Gen.elements [ Some "text/html"; None; Some "application/json" ]) bytesGen))
              (fun (status, contentType, body) ->
                  let r = response status contentType [ "CF-Ray", "8a1b2c3d4e5f-AMS" ] (if contentType = Some "application/json" then [||] else body)
                  match Decode.Json(ctx.User).Invoke r |> expectLeft "error" with
                  | :? ClerkError.Api as api ->
                      Expect.equal api.Status status "status"
                      Expect.isTrue api.Errors.IsEmpty "no errors"
                      Expect.isNull api.Code "no code"
                      Expect.equal api.TraceId "8a1b2c3d4e5f-AMS" "cf-ray, header name compared case-insensitively"
                  | other -> failtestf "expected Api, got %O" other)

          testCase "a non-2xx JSON answer that is not an error envelope is still Api (empty, null, array, truncated)"
          <| fun () ->
              for body in [ ""; "null"; "[1]"; "{"; "\"oops\"" ] do
                  for status in [ 400; 404; 500; 502; 503 ] do
                      let r = response status (Some "application/json") [ "cf-ray", "ray-9" ] (Encoding.UTF8.GetBytes body)
                      for (name, decode) in errorOf do
                          let result =
                              try
                                  decode r
                              with e ->
                                  failtestf "%s threw %s for %d %A" name (e.GetType().Name) status body
                          match expectLeft name result with
                          | :? ClerkError.Api as api -> Expect.equal (api.Status, api.TraceId) (status, "ray-9") "status and cf-ray"
                          | other -> failtestf "%s: expected Api, got %O" name other

          testCase "Api error message and reason phrase"
          <| fun () ->
              let r =
                  response 422 (Some "application/json") [ "cf-ray", "ray-1" ]
                      (Encoding.UTF8.GetBytes """{"errors":[{"code":"form_param_format_invalid","message":"is invalid","long_message":"email_address must be a valid email address.","meta":{"param_name":"email_address"}}],"clerk_trace_id":"trace_abc"}""")
              match Decode.Json(ctx.User).Invoke r |> expectLeft "422" with
              | :? ClerkError.Api as api ->
                  Expect.equal api.StatusText "Unprocessable Entity" "reason phrase"
                  Expect.equal api.TraceId "trace_abc" "body trace id wins over cf-ray"
                  Expect.equal
                      api.Message
                      "Clerk API error 422 Unprocessable Entity: form_param_format_invalid: email_address must be a valid email address. (trace trace_abc)"
                      "message"
                  Expect.equal (api.ToString()) ("Api: " + api.Message) "ToString is the case and its message"
              | other -> failtestf "expected Api, got %O" other

          testCase "Match covers every case"
          <| fun () ->
              let cases: ClerkError list =
                  [ ClerkError.Api(500, "", emptyList<ClerkApiError>, "", System.Nullable())
                    ClerkError.Transport("refused", "HttpRequestException")
                    ClerkError.Timeout(TimeSpan.FromSeconds 1.)
                    ClerkError.Undecodable(200, "bad")
                    ClerkError.Configuration("bad")
                    ClerkError.InvalidArgument("bad")
                    ClerkError.TokenVerification(Clerk.Functional.Tokens.TokenVerificationError(Clerk.Functional.Tokens.TokenVerificationErrorReason.TokenInvalid, "bad")) ]
              let names =
                  cases
                  |> List.map (fun e ->
                      e.Match((fun _ -> "api"), (fun _ -> "transport"), (fun _ -> "timeout"), (fun _ -> "undecodable"), (fun _ -> "configuration"), (fun _ -> "invalid"), (fun _ -> "token")))
              Expect.equal names [ "api"; "transport"; "timeout"; "undecodable"; "configuration"; "invalid"; "token" ] "one branch per case"

          testList
              "no error text contains the secret key"
              [ testPropertyWithConfig (config 200) "live HttpRunner against a refused port" <| Prop.forAll keyArb liveCallsDoNotLeak
                testPropertyWithConfig (config 300) "malformed keys (whitespace, newlines, controls)" <| Prop.forAll malformedKeyArb malformedKeysDoNotLeak
                testPropertyWithConfig (config 200) "malformed options with a well-formed key" <| Prop.forAll keyArb malformedOptionsDoNotLeak
                testPropertyWithConfig (config 200) "a secret key pasted into another option is not echoed by validation"
                <| Prop.forAll keyArb (fun key ->
                    let misplaced =
                        [ "apiUrl", ClerkClientOptions(SecretKey = key, ApiUrl = key)
                          "apiVersion", ClerkClientOptions(SecretKey = key, ApiVersion = key + "/")
                          "proxyUrl", ClerkClientOptions(SecretKey = key, ProxyUrl = key) ]
                    for (name, options) in misplaced do
                        match options.Validate() |> expectLeft name with
                        | :? ClerkError.Configuration as e -> expectNoKey key $"the configuration error for a key in {name}" (errorTexts e)
                        | other -> failtestf "%s: expected Configuration, got %O" name other)
                testPropertyWithConfig (config 200) "API and undecodable errors from any answer"
                <| Prop.forAll keyArb (fun key ->
                    let answers =
                        [ ClerkResponse.Json(401, """{"errors":[{"code":"authentication_invalid","message":"bad key","long_message":"The secret key is invalid"}]}""")
                          ClerkResponse.Json(500, "not json")
                          ClerkResponse.Json(200, "{\"object\":")
                          ClerkResponse(200, listOf [ HeaderValue("Content-Type", "text/html") ], ReadOnlyMemory<byte>(Text.Encoding.UTF8.GetBytes "<html/>")) ]
                    for answer in answers do
                        let options = ClerkClientOptions(SecretKey = key, Retry = Clerk.Functional.Transport.RetryPolicy.None)
                        let client = ClerkApi(options, FakeRunner(fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse> answer))
                        match run (client.Users.GetUser "user_1") with
                        | Failure e -> expectNoKey key $"the error for a {answer.Status} answer" (errorTexts e)
                        | other -> failtestf "expected an error for %O, got %A" answer other)
                testPropertyWithConfig (config 200) "ClerkClientOptions.ToString"
                <| Prop.forAll keyArb (fun key ->
                    let options = ClerkClientOptions(SecretKey = key, MachineSecretKey = "ak_" + key, JwtKey = "-----BEGIN PUBLIC KEY-----" + key)
                    let text = options.ToString()
                    expectNoKey key "ToString" [ text ]
                    Expect.stringContains text "SecretKey = (redacted)" "the secret key is shown as redacted") ] ]
