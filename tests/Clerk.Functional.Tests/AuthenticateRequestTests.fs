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
              | Error e -> failtestf "effect failed: %O" e ]
