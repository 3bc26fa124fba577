/// Machine-token verification through the Backend API: rejections in @clerk/backend's words.
module Clerk.Functional.Tests.MachineTokenTests

open System
open Expecto
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tokens
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TokenSupport

/// A client whose Backend API answers with `answer`, and the runner that records the requests.
let machineClient (answer: ClerkRequest -> ClerkResponse) =
    let runner = FakeRunner(fun request -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(answer request))
    ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, Retry = RetryPolicy.None), runner), runner

/// The outcome of a machine-token verification (a failed effect fails the test).
let runMachine (aff: LanguageExt.Aff<LanguageExt.Either<MachineTokenRejection, VerifiedMachineToken>>) =
    match (runAffAsync aff).GetAwaiter().GetResult() with
    | Ok either -> toResult either
    | Error e -> failwithf "the effect failed: %O" e

let tests =
    testList
        "machine-token rejections in @clerk/backend's words"
        [ let oatWithAud (aud: string) =
              $"""{{"object":"clerk_idp_oauth_access_token","id":"oat_id_1","client_id":"client_1","type":"oauth_token","subject":"user_1","scopes":["email"],"revoked":false,"expired":false,"created_at":1,"updated_at":2{aud}}}"""
          let rejectOpaque (aud: string) (audience: string list) =
              let client, _ = machineClient (fun _ -> ClerkResponse.Json(200, oatWithAud aud))
              match runMachine (client.VerifyMachineAuthToken("oat_opaque", VerifyTokenOptions(Audience = Array.ofList audience))) with
              | Error r -> r
              | Ok t -> failtestf "accepted %O" t
          let cases =
              [ "a mismatched audience", ",\"aud\":\"https://a\"", [ "https://b" ],
                "OAuth audience mismatch. Verification expected audience [\"https://b\"], but incoming token has aud \"https://a\"."
                "mismatched audience arrays", ",\"aud\":[\"https://a\",\"https://c\"]", [ "https://b"; "https://d" ],
                "OAuth audience mismatch. Verification expected audience [\"https://b\",\"https://d\"], but incoming token has aud [\"https://a\",\"https://c\"]."
                "no aud", "", [ "https://b" ],
                "Invalid OAuth audience claim (aud) undefined. Expected a non-empty string or a non-empty array of non-empty strings."
                "an empty aud", ",\"aud\":\"\"", [ "https://b" ],
                "Invalid OAuth audience claim (aud) \"\". Expected a non-empty string or a non-empty array of non-empty strings."
                "an aud of another type", ",\"aud\":5", [ "https://b" ],
                "Invalid OAuth audience claim (aud) 5. Expected a non-empty string or a non-empty array of non-empty strings." ]
          for (name, aud, audience, message) in cases do
              testCase $"an opaque OAuth token with {name} is refused with @clerk/backend's message" <| fun () ->
                  let r = rejectOpaque aud audience
                  Expect.equal (r.Error.Reason, r.Error.Message, r.Error.Status, r.TokenType)
                      (TokenVerificationErrorReason.TokenVerificationFailed, message, Nullable(), TokenType.OAuthToken) name
          testCase "an opaque OAuth token is accepted when one audience matches, or when none is configured" <| fun () ->
              for aud, audience in [ ",\"aud\":[\"https://x\",\"https://b\"]", [ "https://b" ]; "", [] ; ",\"aud\":5", [ "" ] ] do
                  let client, _ = machineClient (fun _ -> ClerkResponse.Json(200, oatWithAud aud))
                  match runMachine (client.VerifyMachineAuthToken("oat_opaque", VerifyTokenOptions(Audience = Array.ofList audience))) with
                  | Ok _ -> ()
                  | Error r -> failtestf "aud %s, audience %A: %O" aud audience r.Error
          testCase "a JWT-shaped machine token that does not decode: token-invalid with the decoder's message" <| fun () ->
              let client, _ = machineClient (fun _ -> ClerkResponse.Json(500, "{}"))
              match runMachine (client.VerifyMachineAuthToken "eyJhbGciOi.eyJzdWIiOi.c2ln") with
              | Error r ->
                  Expect.equal (r.Error.Reason, r.Error.Message, r.TokenType)
                      (TokenVerificationErrorReason.TokenInvalid, "Invalid JWT form. The header, payload, or signature could not be decoded.", TokenType.M2MToken) "decode failure"
              | Ok t -> failtestf "accepted %O" t ]
