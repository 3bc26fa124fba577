/// The JWKS cache behind `TokenVerifier.VerifyToken` with a secret key, shown with a fake Backend API that counts its
/// `GET /jwks` requests and a fake clock: time-to-live, kid-miss refetch and its throttle, one fetch for many concurrent
/// verifications, bounded jittered retries, last good keys kept, `clerk_key_invalid`, scopes and cancellation.
module Clerk.Functional.Tests.JwksCacheTests

open System
open System.Collections.Generic
open System.Diagnostics
open System.Text.Json
open System.Threading
open System.Threading.Tasks
open Expecto
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TransportSupport
open Clerk.Functional.Tests.TokenSupport

let private jwksUrl = "https://api.clerk.com/v1/jwks"

/// Starts a verification (its synchronous part runs now) and returns its task.
let private start (verifier: TokenVerifier) (token: string) (options: VerifyTokenOptions) (ct: CancellationToken) =
    runAffAsync (verifier.VerifyToken(token, options, ct))

/// Runs a verification to its result, advancing the recording clock through any retry waits.
let private verifyDriven (clock: RecordingClock) (verifier: TokenVerifier) (options: VerifyTokenOptions) (token: string) =
    match drive clock (start verifier token options CancellationToken.None) with
    | Ok either -> toResult either
    | Error e -> failtestf "the verification effect failed: %O" e

/// A server with the given keys, a recording clock and a verifier over both, with the default scope's options.
let private setup (keys: TestKey list) =
    let server = JwksServer keys
    let clock = RecordingClock()
    let verifier, asked = verifierOver server clock
    let verify = verifyDriven clock verifier (jwksOptions jwksSecretKey)
    server, clock, verifier, asked, verify

let private token (clock: RecordingClock) (key: TestKey) = sessionTokenAt (clock.GetUtcNow()) key key.Kid

let private forgedKid (clock: RecordingClock) (kid: string) = sessionTokenAt (clock.GetUtcNow()) keyA.Value kid

let private expectOk (context: string) (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok p -> Expect.equal (p.GetProperty("sub").GetString()) "user_1" context
    | Error e -> failtestf "%s: rejected %O: %s" context e.Reason e.Message

let private kidMismatch (kid: string) =
    $"Unable to find a signing key in JWKS that matches the kid='{kid}' of the provided session token. Please make sure that the __session cookie or the HTTP authorization header contain a Clerk-generated session JWT."

let private expectKidMismatch (kid: string) (r: Result<JsonElement, TokenVerificationError>) =
    expectRejected kid TokenVerificationErrorReason.JwkKidMismatch (Some(kidMismatch kid)) (Some TokenVerificationErrorAction.CheckKeys) r

let waitUntil (what: string) (condition: unit -> bool) =
    let watch = Stopwatch.StartNew()
    while not (condition ()) do
        if watch.Elapsed > hangBound then failtestf "timed out waiting until %s" what
        Thread.Sleep 1

type private Outcome = Result<LanguageExt.Either<TokenVerificationError, JsonElement>, LanguageExt.Common.Error>

let private clerkKeyInvalid =
    """{"errors":[{"code":"clerk_key_invalid","message":"The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.","long_message":"Clerk Secret Key is invalid"}],"clerk_trace_id":"trace_1"}"""

let tests =
    testList
        "JWKS cache"
        [ testCase "time-to-live: no request within 5 minutes, one request at 5 minutes"
          <| fun () ->
              let server, clock, _, asked, verify = setup [ keyA.Value ]
              let t = token clock keyA.Value
              expectOk "cold" (verify t)
              Expect.equal server.Count 1 "the cold cache fetched once"
              clock.Advance(TimeSpan.FromMinutes 5. - TimeSpan.FromMilliseconds 1.)
              expectOk "at 4:59.999" (verify t)
              Expect.equal server.Count 1 "no request within the time-to-live"
              clock.Advance(TimeSpan.FromMilliseconds 1.)
              expectOk "at 5:00" (verify t)
              Expect.equal server.Count 2 "one request when the time-to-live is over"
              expectOk "again" (verify t)
              Expect.equal server.Count 2 "and the refreshed keys are cached"
              for request, ct in server.Requests do
                  Expect.equal request.Verb HttpVerb.Get "GET"
                  Expect.equal request.Path.Template "/jwks" "/jwks"
                  Expect.equal request.Authorization RequestKey.SecretKey "authorized with the secret key"
                  Expect.isFalse ct.CanBeCanceled "the shared fetch is not tied to a caller's token"
              for o in asked do
                  Expect.equal (o.SecretKey, o.ApiUrl, o.ApiVersion) (jwksSecretKey, ClerkClientOptions.DefaultApiUrl, ClerkClientOptions.DefaultApiVersion) "runner options"
                  Expect.equal o.Retry.MaxAttempts 1 "the runner does not retry on its own (the cache does)"

          testCase "kid miss: one refetch finds a rotated key, which is then cached"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              expectOk "A" (verify (token clock keyA.Value))
              Expect.equal server.Count 1 "cold fetch"
              server.Serve [ keyA.Value; keyB.Value ]
              expectOk "B after rotation" (verify (token clock keyB.Value))
              Expect.equal server.Count 2 "one refetch for the unknown kid"
              expectOk "B again" (verify (token clock keyB.Value))
              expectOk "A still" (verify (token clock keyA.Value))
              Expect.equal server.Count 2 "both cached"

          testCase "kid-miss throttle: after a kid-miss refetch, 100 unknown kids within the cooldown make no request; after it, one"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              let cooldown = JwksCacheOptions().KidMissCooldown
              Expect.equal cooldown (TimeSpan.FromSeconds 10.) "the documented cooldown"
              expectOk "A" (verify (token clock keyA.Value))
              expectKidMismatch "forged_0" (verify (forgedKid clock "forged_0"))
              Expect.equal server.Count 2 "the first unknown kid refetched"
              server.Serve [ keyA.Value; keyB.Value ]
              for i in 1..100 do
                  if i > 1 then clock.Advance(TimeSpan.FromMilliseconds 99.)
                  expectKidMismatch $"forged_{i}" (verify (forgedKid clock $"forged_{i}"))
              Expect.equal server.Count 2 "no request for 100 unknown kids within 9.8 s"
              expectKidMismatch keyB.Value.Kid (verify (token clock keyB.Value))
              expectOk "a known kid still verifies" (verify (token clock keyA.Value))
              Expect.equal server.Count 2 "still no request"
              clock.Advance(cooldown - TimeSpan.FromMilliseconds(99. * 99.))
              expectOk "B once the cooldown is over" (verify (token clock keyB.Value))
              Expect.equal server.Count 3 "one request after the cooldown"
              expectKidMismatch "forged_101" (verify (forgedKid clock "forged_101"))
              Expect.equal server.Count 3 "and the cooldown starts again"

          testCase "kid-miss throttle: a failed kid-miss refetch also starts the cooldown"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              expectOk "A" (verify (token clock keyA.Value))
              server.Respond(503, """{"errors":[{"code":"service_unavailable","message":"down"}]}""")
              Expect.isError (verify (forgedKid clock "forged_0")) "unknown kid while the endpoint fails"
              let afterFirst = server.Count
              for i in 1..10 do
                  Expect.isError (verify (forgedKid clock $"forged_{i}")) "unknown kid within the cooldown"
              Expect.equal server.Count afterFirst "no further requests for unknown kids within the cooldown"
              expectOk "A still verifies" (verify (token clock keyA.Value))

          testCase "single flight: a cold cache hit by 1,000 concurrent verifications makes exactly one request"
          <| fun () ->
              let server = JwksServer [ keyA.Value; keyB.Value ]
              let clock = RecordingClock()
              let verifier, _ = verifierOver server clock
              let tokens = [| token clock keyA.Value; token clock keyB.Value |]
              server.Hold()
              let started = ref 0
              let tasks =
                  Array.init 1000 (fun i ->
                      Task.Run<Outcome>(
                          Func<Task<Outcome>>(fun () ->
                              let t = start verifier tokens[i % 2] (jwksOptions jwksSecretKey) CancellationToken.None
                              Interlocked.Increment started |> ignore
                              t)))
              waitUntil "all 1,000 verifications are waiting" (fun () -> started.Value = 1000)
              Expect.equal server.Count 1 "one request while all 1,000 wait"
              server.Release()
              Expect.isTrue (Task.WaitAll(tasks |> Array.map (fun t -> t :> Task), hangBound)) "all complete"
              for t in tasks do
                  match t.Result with
                  | Ok either -> expectOk "concurrent" (toResult either)
                  | Error e -> failtestf "crashed: %O" e
              Expect.equal server.Count 1 "exactly one request"

          testCase "single flight on a kid miss: 100 concurrent unknown kids on a warm cache make one request"
          <| fun () ->
              let server, clock, verifier, _, verify = setup [ keyA.Value ]
              expectOk "warm" (verify (token clock keyA.Value))
              server.Hold()
              let tasks = Array.init 100 (fun i -> start verifier (forgedKid clock $"forged_{i}") (jwksOptions jwksSecretKey) CancellationToken.None)
              Expect.equal server.Count 2 "one refetch for all of them"
              server.Release()
              tasks |> Array.iteri (fun i t ->
                  match within t with
                  | Ok either -> expectKidMismatch $"forged_{i}" (toResult either)
                  | Error e -> failtestf "crashed: %O" e)
              Expect.equal server.Count 2 "still one"

          testCase "a failing fetch is tried MaxAttempts (5) times with jittered exponential backoff on the clock"
          <| fun () ->
              let waits = ResizeArray<TimeSpan list>()
              for _ in 1..3 do
                  let server, clock, _, _, verify = setup [ keyA.Value ]
                  server.Respond(500, """{"errors":[{"code":"internal_clerk_error","message":"Oops, something went wrong"}]}""")
                  expectRejected "500" TokenVerificationErrorReason.RemoteJwkFailedToLoad (Some $"Error loading Clerk JWKS from {jwksUrl} with code=500")
                      (Some TokenVerificationErrorAction.ContactSupport) (verify (token clock keyA.Value))
                  Expect.equal server.Count (JwksCacheOptions().Retry.MaxAttempts) "the policy's attempts"
                  Expect.equal server.Count 5 "five attempts, as @clerk/backend"
                  let requested = clock.Requested
                  // The waits were timers on the fake clock (drive advanced it); a real sleep would create none.
                  Expect.equal requested.Length 4 "a wait on the clock between attempts"
                  requested |> List.iteri (fun i wait ->
                      let lower = TimeSpan.FromMilliseconds(125. * float (1 <<< i))
                      Expect.isTrue (wait >= lower && wait < lower * 2.) $"wait {i + 1} = {wait} in [{lower}, {lower * 2.})")
                  waits.Add requested
              Expect.isGreaterThan (waits |> Seq.distinct |> Seq.length) 1 "jittered: the waits differ from run to run"

          testCase "a fetch that fails in transport is retried, then reported with the transport reason"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              server.Unreachable()
              match verify (token clock keyA.Value) with
              | Ok _ -> failtest "accepted"
              | Error e ->
                  Expect.equal e.Reason TokenVerificationErrorReason.RemoteJwkFailedToLoad "reason"
                  Expect.stringStarts e.Message $"Error loading Clerk JWKS from {jwksUrl}: " "message"
              Expect.equal server.Count 5 "five attempts"

          testCase "a fetch that succeeds on the third attempt verifies"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              server.AnswerWith(fun n -> if n < 3 then LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse 502 "{}") else server.JwksAnswer())
              expectOk "third attempt" (verify (token clock keyA.Value))
              Expect.equal server.Count 3 "three attempts"
              Expect.equal clock.Requested.Length 2 "two waits"

          testCase "clerk_key_invalid (401) is secret-key-invalid with the API's message"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              server.Respond(401, clerkKeyInvalid)
              expectRejected "401" TokenVerificationErrorReason.InvalidSecretKey
                  (Some "The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.")
                  (Some TokenVerificationErrorAction.ContactSupport) (verify (token clock keyA.Value))
              Expect.equal server.Count 5 "retried like every failure, as @clerk/backend"

          testCase "last good keys are kept when a refresh after the time-to-live fails; a kid never fetched is an error"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              let a = token clock keyA.Value
              expectOk "fetched" (verify a)
              clock.Advance(TimeSpan.FromMinutes 6.)
              server.Respond(503, """{"errors":[{"code":"service_unavailable","message":"down"}]}""")
              expectOk "stale A after a failed refresh" (verify a)
              Expect.equal server.Count 6 "the refresh was tried (5 attempts)"
              expectRejected "B was never fetched" TokenVerificationErrorReason.RemoteJwkFailedToLoad
                  (Some $"Error loading Clerk JWKS from {jwksUrl} with code=503") (Some TokenVerificationErrorAction.ContactSupport)
                  (verify (token clock keyB.Value))
              Expect.equal server.Count 6 "within the back-off after the failed refresh, no new fetch"
              server.Serve [ keyA.Value; keyB.Value ]
              clock.Advance(TimeSpan.FromSeconds 1.5)
              expectOk "B once the endpoint is back and the back-off has passed" (verify (token clock keyB.Value))
              expectOk "A too" (verify a)

          testCase "after a failed fetch, no fetch starts until the back-off has passed; it doubles per failure and resets on success"
          <| fun () ->
              let server, clock, _, _, verify = setup [ keyA.Value ]
              server.Respond(503, """{"errors":[{"code":"service_unavailable","message":"down"}]}""")
              let attempt label =
                  match verify (token clock keyA.Value) with
                  | Ok _ -> failtestf "%s: accepted with no key" label
                  | Error e -> Expect.equal e.Reason TokenVerificationErrorReason.RemoteJwkFailedToLoad label
              attempt "first failure"
              let afterFirst = server.Count
              Expect.equal afterFirst 5 "one fetch, five attempts"
              for i in 1..20 do attempt $"verification {i} within the back-off"
              Expect.equal server.Count afterFirst "twenty verifications, no request"
              clock.Advance(TimeSpan.FromSeconds 1.1)
              attempt "second failure"
              Expect.equal server.Count (afterFirst + 5) "a fetch once 1 s had passed"
              clock.Advance(TimeSpan.FromSeconds 1.1)
              attempt "still backing off"
              Expect.equal server.Count (afterFirst + 5) "the second pause is 2 s"
              clock.Advance(TimeSpan.FromSeconds 1.)
              server.Serve [ keyA.Value ]
              expectOk "the endpoint is back" (verify (token clock keyA.Value))
              server.Respond(503, """{"errors":[{"code":"service_unavailable","message":"down"}]}""")
              clock.Advance(TimeSpan.FromMinutes 6.)
              expectOk "stale key after a new failure" (verify (token clock keyA.Value))
              let afterReset = server.Count
              clock.Advance(TimeSpan.FromSeconds 1.1)
              expectOk "the pause was reset to 1 s by the success" (verify (token clock keyA.Value))
              Expect.equal server.Count (afterReset + 5) "fetched again after 1 s"

          testCase "separate caches per (apiUrl, apiVersion, secretKey)"
          <| fun () ->
              let clock = RecordingClock()
              let servers = Dictionary<string * string * string, JwksServer>()
              let serverFor (o: ClerkClientOptions) =
                  let scope = (o.ApiUrl.TrimEnd '/', o.ApiVersion, o.SecretKey)
                  match servers.TryGetValue scope with
                  | true, s -> s
                  | _ ->
                      // Each scope serves its own instance's key: A for the first scope, B for the others.
                      let s = JwksServer(if servers.Count = 0 then [ keyA.Value ] else [ keyB.Value ])
                      servers[scope] <- s
                      s
              let verifier = TokenVerifier(Func<ClerkClientOptions, IClerkRunner>(fun o -> serverFor o :> IClerkRunner), clock)
              let verify (options: VerifyTokenOptions) t = verifyDriven clock verifier options t
              let scope1 = VerifyTokenOptions(SecretKey = "sk_test_one")
              let otherUrl = VerifyTokenOptions(SecretKey = "sk_test_one", ApiUrl = "https://api.other.example")
              let otherVersion = VerifyTokenOptions(SecretKey = "sk_test_one", ApiVersion = "v2")
              let otherKey = VerifyTokenOptions(SecretKey = "sk_test_two")
              let a = token clock keyA.Value
              let b = token clock keyB.Value
              expectOk "scope 1 has A" (verify scope1 a)
              for o in [ otherUrl; otherVersion; otherKey ] do
                  expectKidMismatch keyA.Value.Kid (verify o a)
                  expectOk "its own B" (verify o b)
              Expect.equal servers.Count 4 "four scopes"
              for KeyValue(scope, s) in servers do
                  Expect.equal s.Count 1 $"one request for {scope}"
              expectKidMismatch keyB.Value.Kid (verify scope1 b)
              expectOk "a trailing slash is the same scope" (verify (VerifyTokenOptions(SecretKey = "sk_test_one", ApiUrl = "https://api.clerk.com/")) a)
              Expect.equal servers.Count 4 "no new scope for the trailing slash"

          testCase "cancelling one waiter does not cancel the shared fetch for the others"
          <| fun () ->
              let server, clock, verifier, _, verify = setup [ keyA.Value ]
              let t = token clock keyA.Value
              server.Hold()
              use cts = new CancellationTokenSource()
              let cancelled = start verifier t (jwksOptions jwksSecretKey) cts.Token
              let others = Array.init 3 (fun _ -> start verifier t (jwksOptions jwksSecretKey) CancellationToken.None)
              Expect.equal server.Count 1 "one shared fetch"
              cts.Cancel()
              match within cancelled with
              | Error e -> Expect.isTrue (e.Is<OperationCanceledException>()) $"the cancelled waiter ends with a cancellation: {e}"
              | Ok r -> failtestf "the cancelled waiter completed: %A" r
              Expect.isFalse (others |> Array.exists (fun o -> o.IsCompleted)) "the others still wait"
              server.Release()
              for o in others do
                  match within o with
                  | Ok either -> expectOk "other waiter" (toResult either)
                  | Error e -> failtestf "crashed: %O" e
              expectOk "cached afterwards" (verify t)
              Expect.equal server.Count 1 "still one request"

          testCase "SkipJwksCache fetches even when the key is cached"
          <| fun () ->
              let server, clock, verifier, _, verify = setup [ keyA.Value ]
              let t = token clock keyA.Value
              expectOk "cold" (verify t)
              expectOk "skip" (verifyDriven clock verifier (VerifyTokenOptions(SecretKey = jwksSecretKey, SkipJwksCache = true)) t)
              Expect.equal server.Count 2 "fetched again"

          testCase "without jwtKey or secretKey: jwk-failed-to-resolve, no request"
          <| fun () ->
              let server, clock, verifier, _, _ = setup [ keyA.Value ]
              expectRejected "no key source" TokenVerificationErrorReason.JwkFailedToResolve (Some "Failed to resolve JWK during verification.")
                  (Some TokenVerificationErrorAction.SetClerkJwtKey) (verifyDriven clock verifier (VerifyTokenOptions()) (token clock keyA.Value))
              Expect.equal server.Count 0 "no request" 
          testList
              "a JWK verifies only as WebCrypto's importKey would let it (@clerk/backend on Node 20)"
              [ // The JWK of key A with members changed (null removes one), served as the only key.
                let jwkWith (changes: (string * string option) list) =
                    let jwk = Nodes.JsonNode.Parse(jwkOf "RS256" keyA.Value).AsObject()
                    for (name, value) in changes do
                        jwk.Remove name |> ignore
                        match value with
                        | Some json -> jwk[name] <- Nodes.JsonNode.Parse json
                        | None -> ()
                    "{\"keys\":[" + jwk.ToJsonString() + "]}"
                let verifyWith changes (alg: string) =
                    let server, clock, _, _, verify = setup [ keyA.Value ]
                    server.Respond(200, jwkWith changes)
                    let s = clock.GetUtcNow().ToUnixTimeSeconds()
                    let hash = match alg with "RS384" -> Security.Cryptography.HashAlgorithmName.SHA384 | "RS512" -> Security.Cryptography.HashAlgorithmName.SHA512 | _ -> Security.Cryptography.HashAlgorithmName.SHA256
                    verify (signedWith keyA.Value hash (headerJson alg keyA.Value.Kid) $"""{{"sub":"user_1","exp":{s + 600L},"iat":{s}}}""")
                let refused = [
                    "use enc", [ "use", Some "\"enc\"" ], "RS256", "Invalid JWK \"use\" Parameter"
                    "kty EC", [ "kty", Some "\"EC\"" ], "RS256", "Invalid JWK \"kty\" Parameter"
                    "kty rsa (lower case)", [ "kty", Some "\"rsa\"" ], "RS256", "Invalid JWK \"kty\" Parameter"
                    "no kty", [ "kty", None ], "RS256", "Invalid keyData"
                    "no n", [ "n", None ], "RS256", "Invalid keyData"
                    "no e", [ "e", None ], "RS256", "Invalid keyData"
                    "d and kty EC: kty is checked first", [ "kty", Some "\"EC\""; "d", Some "\"AQAB\"" ], "RS256", "Invalid JWK \"kty\" Parameter"
                    "no n and alg RS384: the algorithm is checked first", [ "n", None; "alg", Some "\"RS384\"" ], "RS256", "JWK \"alg\" does not match the requested algorithm"
                    "key_ops sign", [ "key_ops", Some "[\"sign\"]" ], "RS256", "Key operations and usage mismatch"
                    "key_ops empty", [ "key_ops", Some "[]" ], "RS256", "Key operations and usage mismatch"
                    "key_ops verify twice", [ "key_ops", Some "[\"verify\",\"verify\"]" ], "RS256", "Duplicate key operation"
                    "key_ops a string", [ "key_ops", Some "\"verify\"" ], "RS256", "Failed to execute 'importKey' on 'SubtleCrypto': 'key_ops' of 'JsonWebKey' (2nd argument) can not be converted to sequence."
                    "alg RS384, token RS256", [ "alg", Some "\"RS384\"" ], "RS256", "JWK \"alg\" does not match the requested algorithm"
                    "alg RS256, token RS512", [], "RS512", "JWK \"alg\" does not match the requested algorithm"
                    "alg FOO", [ "alg", Some "\"FOO\"" ], "RS256", "JWK \"alg\" does not match the requested algorithm"
                    "private key material d", [ "d", Some "\"AQAB\"" ], "RS256", "Unsupported key usage for an RSASSA-PKCS1-v1_5 key" ]
                for (name, changes, alg, nodeMessage) in refused do
                    testCase $"refused: {name}" <| fun () ->
                        expectRejected name TokenVerificationErrorReason.TokenVerificationFailed
                            (Some("Error verifying JWT signature. Error: " + nodeMessage)) (Some TokenVerificationErrorAction.EnsureClerkJwt)
                            (verifyWith changes alg)
                let accepted = [
                    "as served (use sig, alg RS256)", [], "RS256"
                    "no use, no alg", [ "use", None; "alg", None ], "RS256"
                    "no alg, token RS384", [ "alg", None ], "RS384"
                    "key_ops verify", [ "key_ops", Some "[\"verify\"]" ], "RS256"
                    "key_ops verify with an unknown op twice", [ "key_ops", Some "[\"verify\",\"foo\",\"foo\"]" ], "RS256"
                    "ext true", [ "ext", Some "true" ], "RS256"
                    "ext false", [ "ext", Some "false" ], "RS256" ]
                for (name, changes, alg) in accepted do
                    testCase $"accepted: {name}" <| fun () -> expectOk name (verifyWith changes alg)
                testCase "key material that cannot be read verifies nothing: an invalid signature, as in JavaScript" <| fun () ->
                    expectRejected "garbage n" TokenVerificationErrorReason.TokenInvalidSignature (Some "JWT signature is invalid.") None
                        (verifyWith [ "n", Some "\"!!!\"" ] "RS256") ] ]
