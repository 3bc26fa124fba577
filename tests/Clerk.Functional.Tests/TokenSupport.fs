/// Shared machinery for the token tests: throw-away RSA keys generated at test time, tokens built by hand (so that a
/// test never relies on the code under test to make its inputs, except where `Jwt.Sign` is the subject), both ways of
/// verifying, and a fake Backend API that serves a JWKS and counts its requests.
module Clerk.Functional.Tests.TokenSupport

open System
open System.Collections.Concurrent
open System.Security.Cryptography
open System.Text
open System.Text.Json
open System.Text.Json.Nodes
open System.Threading
open System.Threading.Tasks
open Expecto
open Microsoft.Extensions.Time.Testing
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.Helpers

/// A throw-away RSA key pair with its key id.
type TestKey =
    { Kid: string
      Rsa: RSA
      /// PKCS#8 `PRIVATE KEY` PEM.
      PrivatePem: string
      /// SPKI `PUBLIC KEY` PEM.
      PublicPem: string }

/// Base64url without padding, written here (not `Base64Url.Encode`) so the tests have their own oracle.
let b64 (bytes: byte[]) = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')

/// Base64url of the UTF-8 bytes of a text.
let b64s (text: string) = b64 (Encoding.UTF8.GetBytes text)

/// Decodes base64url (any padding stripped); for tampering with a token's parts.
let unb64 (text: string) =
    let s = text.TrimEnd('=').Replace('-', '+').Replace('_', '/')
    Convert.FromBase64String(s + String('=', (4 - s.Length % 4) % 4))

let private newKey (bits: int) (kid: string) =
    let rsa = RSA.Create(bits)
    { Kid = kid; Rsa = rsa; PrivatePem = rsa.ExportPkcs8PrivateKeyPem(); PublicPem = rsa.ExportSubjectPublicKeyInfoPem() }

/// Three 2048-bit keys (generated once per run) and a 3072-bit one.
let keyA = lazy (newKey 2048 "ins_test_a")
let keyB = lazy (newKey 2048 "ins_test_b")
let keyC = lazy (newKey 2048 "ins_test_c")
let key3072 = lazy (newKey 3072 "ins_test_3072")

/// The public JWK of a key as Clerk's JWKS serves it: `{use, kty, kid, alg, n, e}`.
let jwkOf (alg: string) (key: TestKey) =
    let p = key.Rsa.ExportParameters false
    $"""{{"use":"sig","kty":"RSA","kid":{JsonSerializer.Serialize key.Kid},"alg":"{alg}","n":"{b64 p.Modulus}","e":"{b64 p.Exponent}"}}"""

/// A JWKS body with the RS256 JWKs of the keys.
let jwksOf (keys: TestKey list) = "{\"keys\":[" + String.Join(",", keys |> List.map (jwkOf "RS256")) + "]}"

/// The private JWK of a key (for `Jwt.Sign` with a JWK).
let privateJwkOf (key: TestKey) =
    let p = key.Rsa.ExportParameters true
    $"""{{"kty":"RSA","kid":"{key.Kid}","n":"{b64 p.Modulus}","e":"{b64 p.Exponent}","d":"{b64 p.D}","p":"{b64 p.P}","q":"{b64 p.Q}","dp":"{b64 p.DP}","dq":"{b64 p.DQ}","qi":"{b64 p.InverseQ}"}}"""

/// The fixed "now" of the networkless tests: 2026-01-01T00:00:00Z (1767225600 s), as in the conformance vectors.
let now = DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)
let nowS = now.ToUnixTimeSeconds()

/// A header `{"alg":..,"typ":"JWT","kid":..}` as JSON text.
let headerJson (alg: string) (kid: string) = $"""{{"alg":"{alg}","typ":"JWT","kid":"{kid}"}}"""

/// A Clerk-like session payload valid at `now` (exp in 10 minutes, nbf/iat a few seconds ago).
let validPayload =
    $"""{{"azp":"https://app.example.com","exp":{nowS + 600L},"iat":{nowS - 5L},"iss":"https://clerk.example.com","nbf":{nowS - 10L},"sid":"sess_2abc","sub":"user_2abc","v":2}}"""

/// The signing input of raw parts.
let signingInput (rawHeader: string) (rawPayload: string) = rawHeader + "." + rawPayload

/// An RSASSA-PKCS1-v1_5 signature of a signing input.
let rsaSign (key: TestKey) (hash: HashAlgorithmName) (input: string) =
    key.Rsa.SignData(Encoding.ASCII.GetBytes input, hash, RSASignaturePadding.Pkcs1)

/// A token from header and payload JSON texts, signed by hand with `key` and `hash` (whatever the header says).
let signedWith (key: TestKey) (hash: HashAlgorithmName) (header: string) (payload: string) =
    let input = signingInput (b64s header) (b64s payload)
    input + "." + b64 (rsaSign key hash input)

/// A token from header and payload JSON texts, RS256-signed by hand with `key`.
let rs256 (key: TestKey) (header: string) (payload: string) = signedWith key HashAlgorithmName.SHA256 header payload

/// A token from raw header and payload bytes (not necessarily UTF-8 or JSON), RS256-signed by hand with `key`.
let rs256Bytes (key: TestKey) (header: byte[]) (payload: byte[]) =
    let input = signingInput (b64 header) (b64 payload)
    input + "." + b64 (rsaSign key HashAlgorithmName.SHA256 input)

/// A valid RS256 token of key A at `now`.
let validToken = lazy (rs256 keyA.Value (headerJson "RS256" keyA.Value.Kid) validPayload)

/// The three parts of a token.
let partsOf (token: string) =
    match token.Split '.' with
    | [| h; p; s |] -> h, p, s
    | other -> failwithf "not three parts: %d" other.Length

/// A JSON document's root element (cloned, so the document can go).
let json (text: string) : JsonElement =
    use d = JsonDocument.Parse text
    d.RootElement.Clone()

/// A `Right` as `Ok`, a `Left` as `Error`.
let toResult (either: LanguageExt.Either<'L, 'R>) : Result<'R, 'L> = either.Match((fun (r: 'R) -> Ok r), (fun (l: 'L) -> Error l))

/// The parsed public key (cached by `JwtKey.FromPem`).
let jwtKeyOf (key: TestKey) : JwtKey =
    match toResult (JwtKey.FromPem key.PublicPem) with
    | Ok k -> k
    | Error e -> failwithf "the test key does not parse: %O" e

/// Options with no claim checks beyond the defaults.
let defaultJwtOptions = VerifyJwtOptions()

/// `Jwt.Verify` with `key` at `now` and default options.
let verifyJwt (key: TestKey) (token: string) = toResult (Jwt.Verify(token, jwtKeyOf key, defaultJwtOptions, now))

/// A runner factory that must not be used (networkless verification): any call fails the test.
let noNetwork =
    Func<ClerkClientOptions, IClerkRunner>(fun _ -> failwith "a networkless verification asked for a runner")

/// Runs a verification effect; an effect that fails (throws) is reported as such, never as a rejection.
let runVerification (aff: LanguageExt.Aff<LanguageExt.Either<TokenVerificationError, JsonElement>>) =
    match (runAffAsync aff).GetAwaiter().GetResult() with
    | Ok either -> toResult either
    | Error e -> failwithf "the verification effect failed (threw): %O" e

/// `TokenVerifier.VerifyToken` with `jwtKey` = `pem` and a clock frozen at `at`.
let verifyTokenWithPemAt (at: DateTimeOffset) (options: VerifyTokenOptions) (token: string) =
    TokenVerifier(noNetwork, FakeTimeProvider(at)).VerifyToken(token, options) |> runVerification

/// `TokenVerifier.VerifyToken` with the key's PEM as `jwtKey`, at `now`.
let verifyToken (key: TestKey) (token: string) =
    verifyTokenWithPemAt now (VerifyTokenOptions(JwtKey = key.PublicPem)) token

/// Describes a verification result for messages.
let describe (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok p -> "accepted " + p.GetRawText()
    | Error e -> $"rejected {e.Reason}: {e.Message} [{e.Action}]"

/// Expects a rejection with a reason, a message (when given) and an action (null: no action; when checked).
let expectRejected (context: string) (reason: TokenVerificationErrorReason) (message: string option) (action: string option)
                   (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok p -> failtestf "%s: accepted %s, expected %O" context (p.GetRawText()) reason
    | Error e ->
        Expect.equal e.Reason reason $"%s{context}: reason ({e.Message})"
        message |> Option.iter (fun m -> Expect.equal e.Message m $"%s{context}: message")
        action |> Option.iter (fun a -> Expect.equal e.Action a $"%s{context}: action")

/// The secret key of the JWKS tests' default scope.
let jwksSecretKey = "sk_test_jwks_scope_0001"

/// A fake Backend API: answers `GET /jwks` with `Answer` (a JWKS of its `Keys` by default), counts every request and
/// the options of each runner asked for, and can hold every answer back until `Release` (a gate the test opens).
type JwksServer(keys: TestKey list) =
    let count = ref 0
    let requests = ConcurrentQueue<ClerkRequest * CancellationToken>()
    let mutable body = jwksOf keys
    let mutable gate = TaskCompletionSource<unit>(TaskCreationOptions.RunContinuationsAsynchronously)
    do gate.SetResult()
    let mutable answer : int -> LanguageExt.Either<ClerkError, ClerkResponse> =
        fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse 200 body)

    /// How many requests arrived.
    member _.Count = count.Value

    /// The requests and the cancellation token each was sent with.
    member _.Requests = List.ofSeq requests

    /// Serves a JWKS of these keys from now on.
    member _.Serve(keys: TestKey list) =
        body <- jwksOf keys
        answer <- fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse 200 body)

    /// Answers every request with this status and JSON body from now on.
    member _.Respond(status: int, json: string) =
        answer <- fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse status json)

    /// Answers every request with a transport failure from now on.
    member _.Unreachable() =
        answer <- fun _ -> LanguageExt.Prelude.Left<ClerkError, ClerkResponse>(ClerkError.Transport("connection refused", "HttpRequestException"))

    /// Answers request n (1-based) with `f n` from now on.
    member _.AnswerWith(f: int -> LanguageExt.Either<ClerkError, ClerkResponse>) = answer <- f

    /// The current JWKS answer (for scripts that succeed after failures).
    member _.JwksAnswer() = LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(jsonResponse 200 body)

    /// Holds every answer back until `Release`.
    member _.Hold() = gate <- TaskCompletionSource<unit>(TaskCreationOptions.RunContinuationsAsynchronously)

    /// Lets the held answers go.
    member _.Release() = gate.TrySetResult() |> ignore

    interface IClerkRunner with
        member _.Send(request, cancellationToken) =
            LanguageExt.Prelude.Aff(fun () ->
                let n = Interlocked.Increment count
                requests.Enqueue((request, cancellationToken))
                let held = gate.Task
                ValueTask<LanguageExt.Either<ClerkError, ClerkResponse>>(
                    task {
                        do! held
                        return answer n
                    }))

/// A verifier whose runner factory always hands out `server` and records the options it was asked for.
let verifierOver (server: JwksServer) (clock: #TimeProvider) =
    let asked = ConcurrentQueue<ClerkClientOptions>()
    let verifier =
        TokenVerifier(Func<ClerkClientOptions, IClerkRunner>(fun o -> asked.Enqueue o; server :> IClerkRunner), clock)
    verifier, asked

/// Options verifying through the JWKS of a scope.
let jwksOptions (secretKey: string) = VerifyTokenOptions(SecretKey = secretKey)

/// A session token of `key` (kid in the header), signed by hand at `at`, valid for a day.
let sessionTokenAt (at: DateTimeOffset) (key: TestKey) (kid: string) =
    let s = at.ToUnixTimeSeconds()
    rs256 key (headerJson "RS256" kid) $"""{{"sub":"user_1","exp":{s + 86400L},"iat":{s}}}"""
