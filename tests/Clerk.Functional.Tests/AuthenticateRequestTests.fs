/// authenticateRequest: whatever the headers and cookies, a state or a typed error, never an exception, and never
/// signed in without a token that verifies under the options.
module Clerk.Functional.Tests.AuthenticateRequestTests

open System
open System.Collections.Generic
open System.Text
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Extensions.Time.Testing
open Clerk.Functional
open Clerk.Functional.Auth
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TokenSupport

let private publishableKey = "pk_test_" + Convert.ToBase64String(Encoding.UTF8.GetBytes "happy-hippo-1.clerk.accounts.dev$")

let private client () =
    // Any Backend API call (handshake payload, refresh, JWKS) is answered with a 404, as an unknown route would be.
    let runner = FakeRunner(fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(ClerkResponse.Json(404, """{"errors":[{"code":"resource_not_found","message":"not found"}]}""")))
    ClerkApi(
        ClerkClientOptions(SecretKey = "sk_test_authenticate_props", PublishableKey = publishableKey, JwtKey = keyA.Value.PublicPem, Retry = Transport.RetryPolicy.None),
        runner,
        FakeTimeProvider(now))

/// Tokens worth trying: valid, signed by another key, expired, malformed, machine-looking, random.
let private tokenGen =
    let s = nowS
    Gen.oneof
        [ Gen.constant (rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"sub":"user_1","sid":"sess_1","exp":{s + 60L},"iat":{s - 1L},"nbf":{s - 1L}}}""")
          Gen.constant (rs256 keyB.Value (headerJson "RS256" keyB.Value.Kid) $"""{{"sub":"user_1","sid":"sess_1","exp":{s + 60L},"iat":{s - 1L}}}""")
          Gen.constant (rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"sub":"user_1","sid":"sess_1","exp":{s - 600L},"iat":{s - 700L}}}""")
          Gen.elements [ "ak_x"; "mt_x"; "oat_x"; "a.b.c"; ""; "Bearer"; "eyJ"; "null" ]
          ArbMap.defaults |> ArbMap.generate<string> |> Gen.map (fun t -> if isNull t then "" else t) ]

let private nameGen =
    Gen.oneof
        [ Gen.elements [ "__session"; "__client_uat"; "__session_" + "abcd1234"; "__client_uat_abcd1234"; "__clerk_db_jwt"; "__clerk_handshake"; "__clerk_redirect_count"; "__clerk_synced" ]
          ArbMap.defaults |> ArbMap.generate<string> |> Gen.map (fun t -> if isNull t then "x" else t) ]

let private requestGen =
    gen {
        let! auth = Gen.oneof [ Gen.constant None; tokenGen |> Gen.map (fun t -> Some("Bearer " + t)); tokenGen |> Gen.map Some ]
        let! cookies = Gen.listOfLength 4 (Gen.zip nameGen (Gen.oneof [ tokenGen; Gen.elements [ "0"; "1767225600"; "%E0%A4%A"; "" ] ]))
        let! count = Gen.choose (0, 4)
        let! accept = Gen.elements [ "text/html"; "application/json"; "*/*"; "" ]
        let! fetchDest = Gen.elements [ "document"; "empty"; "" ]
        let! query = Gen.elements [ ""; "?__clerk_handshake=abc"; "?__clerk_db_jwt=x"; "?__clerk_synced=true"; "?%ZZ=1" ]
        let cookieHeader = String.Join("; ", cookies |> List.truncate count |> List.map (fun (n, v) -> n + "=" + v))
        let headers =
            [ yield "cookie", cookieHeader
              yield "accept", accept
              yield "sec-fetch-dest", fetchDest
              yield "host", "localhost:3000"
              match auth with
              | Some a -> yield "authorization", a
              | None -> () ]
        return "GET", "http://localhost:3000/dashboard" + query, headers
    }

let private acceptsGen =
    Gen.elements [ AcceptsToken.SessionToken; AcceptsToken.Any; AcceptsToken.Of TokenType.ApiKey; AcceptsToken.OfList [| TokenType.SessionToken; TokenType.M2MToken |] ]

let private neverThrowsNeverForged (method: string, url: string, headers: (string * string) list, accepts: AcceptsToken) =
    let pairs = headers |> List.map (fun (k, v) -> KeyValuePair(k, v))
    match IncomingRequest.From(method, url, pairs) |> toResult with
    | Error _ -> ()
    | Ok request ->
        let options = AuthenticateRequestOptions(AcceptsToken = accepts)
        match (runAffAsync ((client ()).AuthenticateRequest(request, options))).GetAwaiter().GetResult() with
        | Error e -> failtestf "the effect failed (threw): %O" e
        | Ok either ->
            match toResult either with
            | Error _ -> ()
            | Ok(:? RequestState.SignedIn as state) when state.TokenType = TokenType.SessionToken ->
                match Jwt.Verify(state.Token, jwtKeyOf keyA.Value, VerifyJwtOptions(), now) |> toResult with
                | Ok _ -> ()
                | Error e -> failtestf "signed in with a token that does not verify (%O): %s" e state.Token
            | Ok(:? RequestState.SignedIn as state) -> failtestf "signed in with a %s token although no Backend API call succeeded" state.TokenType
            | Ok _ -> ()

let tests =
    testList
        "authenticateRequest"
        [ testPropertyWithConfig { FsCheckConfig.defaultConfig with maxTest = 300 } "any headers and cookies: a state or a typed error, never signed in with a bad token"
          <| Prop.forAll (Arb.fromGen (Gen.zip requestGen acceptsGen |> Gen.map (fun ((m, u, h), a) -> m, u, h, a))) neverThrowsNeverForged

          testCase "a valid session token in the Authorization header signs in"
          <| fun () ->
              let token = rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"sub":"user_1","sid":"sess_1","exp":{nowS + 60L},"iat":{nowS - 1L}}}"""
              let request =
                  match IncomingRequest.From("GET", "http://localhost:3000/api", [ KeyValuePair("authorization", "Bearer " + token) ]) |> toResult with
                  | Ok r -> r
                  | Error e -> failwithf "%O" e
              match (runAffAsync ((client ()).AuthenticateRequest(request))).GetAwaiter().GetResult() with
              | Ok either ->
                  match toResult either with
                  | Ok(:? RequestState.SignedIn as s) ->
                      let mutable error: string = null
                      match s.ToAuthOrNull(&error) with
                      | :? AuthObject.SignedIn as auth -> Expect.equal (auth.UserId, auth.SessionId) ("user_1", "sess_1") "auth object"
                      | other -> failtestf "auth: %O (%s)" other error
                  | other -> failtestf "expected signed in, got %A" other
              | Error e -> failtestf "effect failed: %O" e 

          testList
              "failures stay where they belong"
              [ let requestOf (url: string) (headers: (string * string) list) =
                    match IncomingRequest.From("GET", url, headers |> List.map KeyValuePair) |> toResult with
                    | Ok r -> r
                    | Error e -> failwithf "%O" e
                let sessionToken () = rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"sub":"user_1","sid":"sess_1","exp":{nowS + 60L},"iat":{nowS - 1L}}}"""
                // A client that fetches its keys from `server` (no jwtKey).
                let jwksClientAt (server: JwksServer) (clock: TimeProvider) =
                    ClerkApi(ClerkClientOptions(SecretKey = "sk_test_authenticate_jwks", PublishableKey = publishableKey, Retry = Transport.RetryPolicy.None),
                             server, clock)
                let jwksClient (server: JwksServer) = jwksClientAt server (FakeTimeProvider(now))
                let state (result: Result<LanguageExt.Either<AuthenticateRequestError, RequestState>, LanguageExt.Common.Error>) =
                    match result with
                    | Ok either ->
                        match toResult either with
                        | Ok s -> s
                        | Error e -> failtestf "expected a state, got %O" e
                    | Error e -> failtestf "the effect failed: %O" e

                testCase "cancelling authenticateRequest mid-flight fails the effect with OperationCanceledException, not a signed-out state"
                <| fun () ->
                    let server = JwksServer [ keyA.Value ]
                    server.Hold()
                    use cts = new Threading.CancellationTokenSource()
                    let request = requestOf "http://localhost:3000/api" [ "authorization", "Bearer " + sessionToken () ]
                    let running = runAffAsync ((jwksClient server).AuthenticateRequest(request, null, cts.Token))
                    JwksCacheTests.waitUntil "the key fetch has started" (fun () -> server.Count > 0)
                    Expect.isFalse running.IsCompleted "waiting for the keys"
                    cts.Cancel()
                    Expect.isTrue (running.Wait(TimeSpan.FromSeconds 10.)) "ends once cancelled, while the fetch is still held"
                    match running.Result with
                    | Error e -> Expect.isTrue (e.ToException() :? OperationCanceledException) $"cancellation, got {e}"
                    | Ok either -> failtestf "expected the effect to fail with cancellation, got %O" either
                    server.Release()

                testCase "a Backend API that cannot be reached signs out with unexpected-error, and its text is not in any header"
                <| fun () ->
                    let server = JwksServer [ keyA.Value ]
                    server.Unreachable()
                    let clock = TransportSupport.RecordingClock()
                    let request = requestOf "http://localhost:3000/api" [ "authorization", "Bearer " + sessionTokenAt (clock.GetUtcNow()) keyA.Value keyA.Value.Kid ]
                    // The key fetch retries with back-off on the recording clock, which `drive` moves on.
                    let s = state (TransportSupport.drive clock (runAffAsync ((jwksClientAt server clock).AuthenticateRequest(request))))
                    Expect.equal (s.Status, s.Reason, s.Message) ("signed-out", "unexpected-error", "") "as @clerk/backend"
                    Expect.isFalse (s.Headers |> Seq.exists (fun h -> h.Key = "x-clerk-auth-message")) "no x-clerk-auth-message"
                    Expect.isFalse (s.Headers |> Seq.exists (fun h -> h.Value.Contains "connection refused")) "the transport's text stays out"

                testCase "a machine JWT whose keys cannot be fetched: no transport text in x-clerk-auth-message"
                <| fun () ->
                    let server = JwksServer [ keyA.Value ]
                    server.Unreachable()
                    let clock = TransportSupport.RecordingClock()
                    let at = clock.GetUtcNow().ToUnixTimeSeconds()
                    let m2m = rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"sub":"mch_1","exp":{at + 60L},"iat":{at - 1L}}}"""
                    let request = requestOf "http://localhost:3000/api" [ "authorization", "Bearer " + m2m ]
                    let s = state (TransportSupport.drive clock (runAffAsync ((jwksClientAt server clock).AuthenticateRequest(request, AuthenticateRequestOptions(AcceptsToken = AcceptsToken.Any)))))
                    Expect.equal s.Status "signed-out" "signed out"
                    Expect.isFalse (s.Headers |> Seq.exists (fun h -> h.Value.Contains "connection refused")) "the transport's text stays out"
                    Expect.equal (s.Headers |> Seq.tryFind (fun h -> h.Key = "x-clerk-auth-message") |> Option.map (fun h -> h.Value))
                        (Some "Unexpected error (code=token-verification-failed, status=n/a)") "a generic message"

                testCase "a handshake state has no auth object: ToAuthOrNull returns null and says why, it does not throw"
                <| fun () ->
                    let request =
                        requestOf "http://localhost:3000/dashboard"
                            [ "cookie", "__session=" + sessionToken (); "sec-fetch-dest", "document"; "accept", "text/html"; "host", "localhost:3000" ]
                    let s = state ((runAffAsync ((client ()).AuthenticateRequest(request))).GetAwaiter().GetResult())
                    Expect.equal s.Status "handshake" "a development browser request with a session cookie and no client_uat"
                    let mutable error: string = null
                    Expect.isNull (s.ToAuthOrNull(&error)) "no auth object"
                    Expect.equal error "A handshake state has no auth object." "the reason"

                testCase "a development handshake whose keys cannot be fetched goes on with the cookie flow instead of failing"
                <| fun () ->
                    let server = JwksServer [ keyA.Value ]
                    server.Unreachable()
                    let clock = TransportSupport.RecordingClock()
                    let at = clock.GetUtcNow().ToUnixTimeSeconds()
                    let handshake = rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) $"""{{"handshake":[],"exp":{at + 60L},"iat":{at - 1L}}}"""
                    let request = requestOf ("http://localhost:3000/dashboard?__clerk_handshake=" + handshake) [ "sec-fetch-dest", "document"; "host", "localhost:3000" ]
                    match TransportSupport.drive clock (runAffAsync ((jwksClientAt server clock).AuthenticateRequest(request))) with
                    | Ok either ->
                        match toResult either with
                        | Ok s ->
                            Expect.notEqual s.Status "signed-in" "not signed in"
                            Expect.isFalse (s.Headers |> Seq.exists (fun h -> h.Value.Contains "connection refused")) "the transport's text stays out"
                        | Error e -> failtestf "expected the cookie flow to go on, got the error %s" e.Message
                    | Error e -> failtestf "the effect failed: %O" e

                testCase "a handshake token that fails verification on a development instance: @clerk/backend's message, token-carrier=undefined"
                <| fun () ->
                    let handshake = rs256 keyA.Value """{"alg":"RS256","typ":"XYZ"}""" $"""{{"handshake":[],"exp":{nowS + 60L},"iat":{nowS - 1L}}}"""
                    let request = requestOf ("http://localhost:3000/dashboard?__clerk_handshake=" + handshake) [ "sec-fetch-dest", "document"; "host", "localhost:3000" ]
                    match (runAffAsync ((client ()).AuthenticateRequest(request))).GetAwaiter().GetResult() with
                    | Ok either ->
                        match toResult either with
                        | Error e ->
                            Expect.equal e.Message "Clerk: Handshake token verification failed: Invalid JWT type \"XYZ\". Expected \"JWT\". Make sure that this is a valid Clerk-generated JWT. (reason=token-invalid, token-carrier=undefined)." "message"
                        | Ok s -> failtestf "expected the error @clerk/backend throws, got %O" s
                    | Error e -> failtestf "the effect failed: %O" e ] ]
