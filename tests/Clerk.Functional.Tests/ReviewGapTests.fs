/// Key rotation, jwtKey shapes, machine-token verification, invalid retry policies and the facade's token exceptions.
module Clerk.Functional.Tests.ReviewGapTests

open System
open System.Security.Cryptography
open System.Text.Json
open Expecto
open Microsoft.Extensions.Time.Testing
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tokens
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.TokenSupport

let private ok context (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok _ -> ()
    | Error e -> failtestf "%s: expected accepted, got %O" context e

let private pemLines (base64: string) = String.Join("\n", Seq.chunkBySize 64 base64 |> Seq.map (fun (c: char[]) -> String(c)))

let private machineClient = MachineTokenTests.machineClient

let private runMachine = MachineTokenTests.runMachine

let tests =
    testList
        "Review gaps"
        [ testCase "a key removed from the JWKS is no longer trusted after the next refresh"
          <| fun () ->
              let server = JwksServer [ keyA.Value ]
              let clock = FakeTimeProvider(now)
              let verifier, _ = verifierOver server clock
              let verify t = verifier.VerifyToken(t, jwksOptions "sk_test_rotation_scope") |> runVerification
              let tokenA () = sessionTokenAt (clock.GetUtcNow()) keyA.Value keyA.Value.Kid
              ok "A while served" (verify (tokenA ()))
              server.Serve [ keyB.Value ]
              clock.Advance(TimeSpan.FromMinutes 6.)
              match verify (tokenA ()) with
              | Error e -> Expect.equal e.Reason TokenVerificationErrorReason.JwkKidMismatch "A is gone from the key set"
              | Ok _ -> failtest "a key Clerk removed was still trusted after the refresh"
              ok "B" (verify (sessionTokenAt (clock.GetUtcNow()) keyB.Value keyB.Value.Kid))

          testCase "jwtKey: PKCS#1 PEM, escaped newlines and a 3072-bit key all verify; RS384 and RS512 too"
          <| fun () ->
              let key = key3072.Value
              let pkcs1 = "-----BEGIN RSA PUBLIC KEY-----\n" + pemLines (Convert.ToBase64String(key.Rsa.ExportRSAPublicKey())) + "\n-----END RSA PUBLIC KEY-----\n"
              let escaped = key.PublicPem.Replace("\n", "\\n")
              for alg, hash in [ "RS256", HashAlgorithmName.SHA256; "RS384", HashAlgorithmName.SHA384; "RS512", HashAlgorithmName.SHA512 ] do
                  let token = signedWith key hash (headerJson alg key.Kid) validPayload
                  for name, pem in [ "SPKI", key.PublicPem; "PKCS#1", pkcs1; "escaped newlines", escaped ] do
                      ok $"{alg} with a {name} jwtKey" (verifyTokenWithPemAt now (VerifyTokenOptions(JwtKey = pem)) token)
              match verifyTokenWithPemAt now (VerifyTokenOptions(JwtKey = keyA.Value.PublicPem)) (signedWith key HashAlgorithmName.SHA384 (headerJson "RS384" key.Kid) validPayload) with
              | Error e -> Expect.equal e.Reason TokenVerificationErrorReason.TokenInvalidSignature "another key is refused"
              | Ok _ -> failtest "a token verified with another key"

          testCase "VerifyMachineAuthToken: opaque tokens go to their endpoint; 401 and 404 map to @clerk/backend's codes"
          <| fun () ->
              let apiKey = """{"object":"api_key","id":"ak_id_1","type":"api_key","name":"CI","subject":"user_1","scopes":["read"],"claims":null,"revoked":false,"expired":false,"created_at":1,"updated_at":2}"""
              let m2m = """{"object":"machine_to_machine_token","id":"mt_id_1","subject":"mch_1","scopes":["mch_2"],"revoked":false,"expired":false,"created_at":1,"updated_at":2}"""
              let oat = """{"object":"clerk_idp_oauth_access_token","id":"oat_id_1","client_id":"client_1","type":"oauth_token","subject":"user_1","scopes":["email"],"revoked":false,"expired":false,"created_at":1,"updated_at":2}"""
              let client, runner =
                  machineClient (fun r ->
                      match r.Path.Template with
                      | "/api_keys/verify" -> ClerkResponse.Json(200, apiKey)
                      | "/m2m_tokens/verify" -> ClerkResponse.Json(200, m2m)
                      | "/oauth_applications/access_tokens/verify" -> ClerkResponse.Json(200, oat)
                      | other -> ClerkResponse.Json(500, "{}"))
              match runMachine (client.VerifyMachineAuthToken "ak_live_secret") with
              | Ok(:? VerifiedMachineToken.Key as k) -> Expect.equal (k.Token.Id, k.TokenType) ("ak_id_1", TokenType.ApiKey) "api key"
              | other -> failtestf "api key: %A" other
              match runMachine (client.VerifyMachineAuthToken "mt_opaque") with
              | Ok(:? VerifiedMachineToken.M2M as t) -> Expect.equal (t.Token.Subject, t.TokenType) ("mch_1", TokenType.M2MToken) "m2m"
              | other -> failtestf "m2m: %A" other
              match runMachine (client.VerifyMachineAuthToken "oat_opaque") with
              | Ok(:? VerifiedMachineToken.OAuth as t) -> Expect.equal (t.Token.ClientId, t.TokenType) ("client_1", TokenType.OAuthToken) "oauth"
              | other -> failtestf "oauth: %A" other
              Expect.equal (runner.Requests |> Seq.map (fun r -> r.Path.Template, r.SkipApiVersionInUrl) |> List.ofSeq)
                  [ "/api_keys/verify", true; "/m2m_tokens/verify", true; "/oauth_applications/access_tokens/verify", true ] "routes without /v1"
              let failing status body =
                  fst (machineClient (fun _ -> ClerkResponse.Json(status, body)))
              match runMachine ((failing 401 """{"errors":[{"code":"authentication_invalid","message":"Invalid key"}]}""").VerifyMachineAuthToken "ak_x") with
              | Error r -> Expect.equal (r.Error.Reason, r.Error.Message, r.Error.Status, r.TokenType) (TokenVerificationErrorReason.InvalidSecretKey, "Invalid key", Nullable 401, TokenType.ApiKey) "401"
              | other -> failtestf "401: %A" other
              match runMachine ((failing 404 "{}").VerifyMachineAuthToken "mt_x") with
              | Error r -> Expect.equal (r.Error.Reason, r.Error.Message) (TokenVerificationErrorReason.TokenInvalid, "Machine token not found") "404"
              | other -> failtestf "404: %A" other
              match runMachine ((failing 500 "{}").VerifyMachineAuthToken "oat_x") with
              | Error r -> Expect.equal (r.Error.Reason, r.Error.Message) (TokenVerificationErrorReason.UnexpectedError, "Unexpected error") "500"
              | other -> failtestf "500: %A" other
              match runMachine ((failing 200 "{}").VerifyMachineAuthToken "xx_unknown") with
              | Error r -> Expect.equal (r.Error.Message, r.TokenType) ("Unknown machine token type", null) "unknown prefix"
              | other -> failtestf "unknown: %A" other

          testCase "VerifyMachineAuthToken: an M2M JWT and an OAuth JWT are verified locally with jwtKey"
          <| fun () ->
              let key = keyA.Value
              // The client runs on the system clock.
              let realNow = DateTimeOffset.UtcNow.ToUnixTimeSeconds()
              let options = VerifyTokenOptions(JwtKey = key.PublicPem)
              let client, runner = machineClient (fun _ -> ClerkResponse.Json(500, "{}"))
              let m2mJwt = rs256 key """{"alg":"RS256","typ":"JWT","cat":"cl_B7d4PD333AAA"}""" $"""{{"sub":"mch_sender","jti":"mt_1","scopes":"mch_a mch_b","exp":{realNow + 600L},"iat":{realNow}}}"""
              match runMachine (client.VerifyMachineAuthToken(m2mJwt, options)) with
              | Ok(:? VerifiedMachineToken.M2M as t) ->
                  Expect.equal (t.Token.Id, t.Token.Subject, List.ofSeq t.Token.Scopes) ("mt_1", "mch_sender", [ "mch_a"; "mch_b" ]) "m2m claims"
              | other -> failtestf "m2m jwt: %A" other
              let oauthJwt = rs256 key """{"alg":"RS256","typ":"at+jwt"}""" $"""{{"sub":"user_1","client_id":"client_9","scope":"email profile","exp":{realNow + 600L},"iat":{realNow}}}"""
              match runMachine (client.VerifyMachineAuthToken(oauthJwt, options)) with
              | Ok(:? VerifiedMachineToken.OAuth as t) -> Expect.equal (t.Token.ClientId, List.ofSeq t.Token.Scopes) ("client_9", [ "email"; "profile" ]) "oauth claims"
              | other -> failtestf "oauth jwt: %A" other
              let wrongCategory = rs256 key """{"alg":"RS256","typ":"JWT","cat":"cl_B7d4PD111AAA"}""" $"""{{"sub":"mch_sender","exp":{realNow + 600L}}}"""
              match runMachine (client.VerifyMachineAuthToken(wrongCategory, options)) with
              | Error r -> Expect.equal (r.Error.Reason, r.Error.Message) (TokenVerificationErrorReason.TokenInvalid, "Invalid M2M JWT category.") "category"
              | other -> failtestf "category: %A" other
              Expect.equal runner.Requests.Count 0 "JWT forms send nothing with a jwtKey"

          testCase "an invalid retry policy is a Configuration error, never an exception"
          <| fun () ->
              let client, runner = machineClient (fun _ -> ClerkResponse.Json(200, "{}"))
              for policy in [ RetryPolicy(BaseDelay = TimeSpan.FromSeconds -1.); RetryPolicy(Jitter = -5.); RetryPolicy(BackoffFactor = 0.5) ] do
                  match client.WithRetry(policy).Users.GetUser "user_1" |> run with
                  | Failure(:? ClerkError.Configuration as e) -> Expect.stringContains e.Reason "retry" "names the option"
                  | other -> failtestf "%O: expected Configuration, got %A" policy other
              Expect.equal runner.Requests.Count 0 "nothing was sent"

          testCase "null options and keys are typed errors"
          <| fun () ->
              match Jwt.Verify(validToken.Value, Unchecked.defaultof<JwtKey>, defaultJwtOptions, now) |> toResult with
              | Error _ -> ()
              | Ok _ -> failtest "a null key verified"
              match TokenVerifier(noNetwork, FakeTimeProvider(now)).VerifyToken(validToken.Value, Unchecked.defaultof<VerifyTokenOptions>) |> runVerification with
              | Error e -> Expect.equal e.Reason TokenVerificationErrorReason.JwkFailedToResolve "no options, no key"
              | Ok _ -> failtest "verified without options"
              Expect.isTrue (Jwt.Sign(json "{}", null, "RS256", now)).IsLeft "no private key"
              Expect.isTrue (Jwt.Sign(json "{}", keyA.Value.PublicPem, "RS256", now)).IsLeft "a public key cannot sign"

          testCase "facade: token failures throw TokenVerificationException with the reason"
          <| fun () ->
              Expect.throwsT<Clerk.CSharp.TokenVerificationException>
                  (fun () -> Clerk.CSharp.ClerkTokens.VerifyJwt("a.b", jwtKeyOf keyA.Value, defaultJwtOptions, Nullable now) |> ignore)
                  "malformed"
              let facade = Clerk.CSharp.ClerkClient(fst (machineClient (fun _ -> ClerkResponse.Json(404, "{}"))))
              let thrown =
                  try
                      facade.VerifyMachineAuthTokenAsync("mt_x").GetAwaiter().GetResult() |> ignore
                      None
                  with :? Clerk.CSharp.TokenVerificationException as e -> Some e
              match thrown with
              | Some e -> Expect.equal (e.Reason, e.Status) ("token-invalid", Nullable 404) "machine token rejection"
              | None -> failtest "no exception" ]
