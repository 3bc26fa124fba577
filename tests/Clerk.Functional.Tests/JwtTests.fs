/// Properties of the JWT functions: no single-byte mutation of a valid token is accepted, no input makes decoding,
/// verification or signing throw, sign-then-verify round trips, and the clock rules at their boundaries.
module Clerk.Functional.Tests.JwtTests

open System
open System.Globalization
open System.Security.Cryptography
open System.Collections.Generic
open System.Text
open System.Text.Json
open System.Text.Json.Nodes
open FsCheck
open FsCheck.FSharp
open Expecto
open Microsoft.Extensions.Time.Testing
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators
open Clerk.Functional.Tests.TokenSupport

let private anyString : Gen<string> = ArbMap.defaults |> ArbMap.generate<string>

/// Genuine tokens and the key that verifies each: all three algorithms, two key sizes.
let private genuine =
    lazy
        [ keyA.Value, rs256 keyA.Value (headerJson "RS256" "ins_test_a") validPayload
          keyA.Value, signedWith keyA.Value HashAlgorithmName.SHA384 (headerJson "RS384" "ins_test_a") validPayload
          keyB.Value, signedWith keyB.Value HashAlgorithmName.SHA512 (headerJson "RS512" "ins_test_b") validPayload
          key3072.Value, rs256 key3072.Value (headerJson "RS256" "ins_test_3072") validPayload ]

// ---------------------------------------------------------------------------------------------------------------
// (a) single-byte mutations

type private Mutation =
    { Index: int
      Position: int
      Byte: byte
      /// How the mutated bytes become a string: Latin-1 (every byte a distinct char, 0x80-0xFF non-ASCII) or UTF-8
      /// (invalid sequences become U+FFFD).
      Latin1: bool }

let private mutationGen =
    gen {
        let tokens = genuine.Value
        let! index = Gen.choose (0, tokens.Length - 1)
        let token = snd tokens[index]
        let! position = Gen.choose (0, token.Length - 1)
        let! value = Gen.choose (0, 255) |> Gen.filter (fun b -> b <> int token[position])
        let! latin1 = Gen.elements [ true; true; true; false ]
        return { Index = index; Position = position; Byte = byte value; Latin1 = latin1 }
    }

let private mutate (m: Mutation) =
    let key, token = genuine.Value[m.Index]
    let bytes = Encoding.ASCII.GetBytes token
    bytes[m.Position] <- m.Byte
    key, (if m.Latin1 then Encoding.Latin1.GetString bytes else Encoding.UTF8.GetString bytes)

let private mutationRejected (m: Mutation) =
    let key, mutated = mutate m
    let viaJwt = verifyJwt key mutated
    let viaVerifier = verifyToken key mutated
    (Result.isError viaJwt && Result.isError viaVerifier)
    |> Prop.label $"byte {m.Byte:X2} at {m.Position} of token {m.Index}: Jwt.Verify {describe viaJwt}; VerifyToken {describe viaVerifier}"

// ---------------------------------------------------------------------------------------------------------------
// (b) nothing throws

/// Numbers a claim may hold that no .NET integer (or no JavaScript date) holds.
let private hugeNumbers =
    [ "1e400"; "-1e400"; "1e308"; "-1e308"; "9223372036854775808"; "-9223372036854775809"; "123456789012345678901234567890"
      "8640000000000"; "8640000000001"; "-8640000000001"; "8640000000000.999"; "-0"; "0.5"; "1E2"; "4.9e-324"; "1767225600" ]

let private claimValueGen =
    Gen.frequency [ 3, Gen.elements hugeNumbers; 2, jsonGen; 1, Gen.constant "\"1767226200\"" ]

/// Payload objects: Clerk-like claims with random or huge values, random extra members, and sometimes a member twice.
let private payloadObjectGen =
    gen {
        let! exp = claimValueGen
        let! nbf = claimValueGen
        let! iat = claimValueGen
        let! sub = Gen.frequency [ 4, Gen.constant "\"user_1\""; 1, jsonGen ]
        let! extra = Gen.listOf (Gen.zip (Gen.elements [ "aud"; "azp"; "iss"; "sid"; "o"; "act"; "x"; "sub"; "exp" ]) jsonGen)
        let members = [ "sub", sub; "exp", exp; "nbf", nbf; "iat", iat ] @ extra
        return "{" + String.Join(",", members |> List.map (fun (k, v) -> JsonSerializer.Serialize k + ":" + v)) + "}"
    }

let private headerObjectGen =
    Gen.oneof
        [ mutatedJsonGen """{"alg":"RS256","typ":"JWT","kid":"ins_test_a","cat":"cl_B7d4PD111AAA"}"""
          Gen.elements
              [ """{"alg":"RS256","typ":"JWT","cat":"cl_B7d4PD333AAA"}"""; """{"alg":"RS256","alg":"RS256"}"""; "{}"
                """{"alg":"RS256","typ":["JWT"]}"""; """{"alg":"RS256","kid":5}""" ] ]

/// A token input: a raw string, or the signed JSON it was made from (for the shrinker's sake kept as text).
let private tokenInputGen : Gen<string> =
    let segment =
        Gen.oneof
            [ anyString |> Gen.map (fun s -> if isNull s then "" else s)
              bytesGen |> Gen.map b64
              jsonGen |> Gen.map b64s
              Gen.elements [ ""; "="; "=="; "e30"; "bnVsbA"; "W10"; "AA"; "A" ] ]
    Gen.frequency
        [ 2, anyString
          2, Gen.choose (0, 6) |> Gen.bind (fun n -> Gen.listOfLength n segment) |> Gen.map (fun s -> String.Join(".", s))
          // Random JSON header and payload with a valid RS256 signature by key A.
          3, Gen.map2 (fun h p -> rs256 keyA.Value h p) jsonGen jsonGen
          // Genuine header and payload JSON with one byte replaced by any byte (invalid UTF-8 in a string included),
          // signed by hand after the corruption.
          3,
          gen {
              let header = Encoding.UTF8.GetBytes(headerJson "RS256" "ins_test_a")
              let payload = Encoding.UTF8.GetBytes validPayload
              let! inHeader = Gen.elements [ true; false ]
              let target = if inHeader then header else payload
              let! position = Gen.choose (0, target.Length - 1)
              let! value = Gen.choose (0, 255)
              target[position] <- byte value
              return rs256Bytes keyA.Value header payload
          }
          // Clerk-like payloads and headers with huge numbers and duplicates, signed by hand.
          3, Gen.map2 (fun h p -> rs256 keyA.Value h p) headerObjectGen payloadObjectGen
          // The same, signed with Jwt.Sign when it can (duplicates are for the hand-signed branch).
          3,
          gen {
              let! header = headerObjectGen
              let! payload = payloadObjectGen
              let! alg = Gen.elements [ "RS256"; "RS384"; "RS512" ]
              let signed =
                  try
                      toResult (Jwt.Sign(json payload, keyA.Value.PrivatePem, alg, now, Nullable(json header)))
                  with e ->
                      Error(SignJwtError("threw " + e.GetType().Name))
              return
                  match signed with
                  | Ok token -> token
                  | Error _ -> rs256 keyA.Value header payload
          } ]

/// Options with random claim checks, including absurd clock skews.
let private optionsGen : Gen<VerifyJwtOptions> =
    gen {
        let! skew =
            Gen.frequency
                [ 3, Gen.constant None
                  3, Gen.choose (-100_000, 100_000) |> Gen.map (int64 >> Some)
                  1, Gen.elements [ Int64.MinValue; Int64.MaxValue; 0L; -1L; 9_000_000_000_000_000L ] |> Gen.map Some ]
        let! audience = Gen.frequency [ 3, Gen.constant []; 1, Gen.listOf textGen ]
        let! parties = Gen.frequency [ 3, Gen.constant []; 1, Gen.listOf textGen ]
        let! headerType = Gen.frequency [ 3, Gen.constant None; 1, Gen.listOf textGen |> Gen.map Some ]
        let! issuer = Gen.frequency [ 3, Gen.constant null; 1, textGen ]
        return
            VerifyJwtOptions(
                ClockSkewInMs = Option.toNullable skew,
                Audience = Array.ofList audience,
                AuthorizedParties = Array.ofList parties,
                HeaderType = (headerType |> Option.map (fun l -> Array.ofList l :> IReadOnlyList<string>) |> Option.toObj),
                Issuer = issuer
            )
    }

let private instantGen =
    Gen.frequency
        [ 4, Gen.constant now
          2, Gen.choose (-1_000_000, 1_000_000) |> Gen.map (fun s -> now.AddSeconds(float s))
          1, Gen.elements [ DateTimeOffset.UnixEpoch; DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero); DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero) ] ]

type private NoThrowCase =
    { Token: string
      Options: VerifyJwtOptions
      At: DateTimeOffset }

    override c.ToString() = $"token=%A{c.Token} at={c.At:O} options=%A{c.Options}"

let private noThrowGen =
    gen {
        let! token = tokenInputGen
        let! options = optionsGen
        let! at = instantGen
        return { Token = token; Options = options; At = at }
    }

let private verifyTokenOptionsOf (o: VerifyJwtOptions) (pem: string) (secretKey: string) =
    VerifyTokenOptions(
        JwtKey = pem,
        SecretKey = secretKey,
        Audience = o.Audience,
        AuthorizedParties = o.AuthorizedParties,
        ClockSkewInMs = o.ClockSkewInMs,
        HeaderType = o.HeaderType,
        Issuer = o.Issuer
    )

/// A result's observable content, to compare two paths.
let private observed (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok p -> Ok(p.GetRawText())
    | Error e -> Error(e.Reason, e.Message, e.Action)

let private nothingThrows (c: NoThrowCase) =
    let attempt name (f: unit -> 'T) =
        try
            Ok(f ())
        with e ->
            Error $"{name} threw {e.GetType().Name}: {e.Message}"
    let decoded = attempt "Jwt.Decode" (fun () -> toResult (Jwt.Decode c.Token))
    let viaJwt = attempt "Jwt.Verify" (fun () -> toResult (Jwt.Verify(c.Token, jwtKeyOf keyA.Value, c.Options, c.At)))
    let viaVerifier =
        attempt "VerifyToken(jwtKey)" (fun () ->
            TokenVerifier(noNetwork, FakeTimeProvider(c.At)).VerifyToken(c.Token, verifyTokenOptionsOf c.Options keyA.Value.PublicPem null)
            |> runVerification)
    let viaJwks =
        attempt "VerifyToken(JWKS)" (fun () ->
            let server = JwksServer([ keyA.Value; keyB.Value ])
            let verifier, _ = verifierOver server (FakeTimeProvider(c.At))
            verifier.VerifyToken(c.Token, verifyTokenOptionsOf c.Options null jwksSecretKey) |> runVerification)
    match decoded, viaJwt, viaVerifier, viaJwks with
    | Ok d, Ok j, Ok v, Ok _ ->
        // Beyond not throwing: with a jwtKey, verifyToken is verifyJwt plus the category check.
        let m2m =
            match d with
            | Ok jwt -> jwt.HeaderString "cat" = JwtCategory.M2MToken
            | Error _ -> false
        (m2m || observed j = observed v) |> Prop.label $"Jwt.Verify {describe j} but VerifyToken {describe v}"
    | _ ->
        false
        |> Prop.label (
            [ decoded |> Result.map ignore; viaJwt |> Result.map ignore; viaVerifier |> Result.map ignore; viaJwks |> Result.map ignore ]
            |> List.choose (function Error e -> Some e | Ok _ -> None)
            |> String.concat "; "
        )

/// `Jwt.Sign` with any JSON payload and header (objects with duplicate members included) and any algorithm name.
type private SignCase =
    { Payload: string
      Header: string option
      Alg: string }

let private signCaseGen =
    gen {
        let! payload = Gen.oneof [ jsonGen; payloadObjectGen ]
        let! header = Gen.oneof [ Gen.constant None; jsonGen |> Gen.map Some; headerObjectGen |> Gen.map Some ]
        let! alg = Gen.frequency [ 4, Gen.elements [ "RS256"; "RS384"; "RS512" ]; 1, Gen.elements [ "none"; "HS256"; "rs256"; ""; "PS256" ] ]
        return { Payload = payload; Header = header; Alg = alg }
    }

let private signNeverThrows (c: SignCase) =
    try
        let header = c.Header |> Option.map json |> Option.toNullable
        match toResult (Jwt.Sign(json c.Payload, keyA.Value.PrivatePem, c.Alg, now, header)) with
        | Ok token -> Result.isOk (toResult (Jwt.Decode token)) |> Prop.label $"signed but undecodable: {token}"
        | Error _ -> Prop.ofTestable true
    with e ->
        false |> Prop.label $"Jwt.Sign threw {e.GetType().Name}: {e.Message}"

// ---------------------------------------------------------------------------------------------------------------
// (c) sign then verify

/// True when no object in the JSON value names a member twice (Jwt.Sign's duplicate handling has its own test).
let rec private noDuplicateMembers (e: JsonElement) =
    match e.ValueKind with
    | JsonValueKind.Object ->
        let names = e.EnumerateObject() |> Seq.map (fun p -> p.Name) |> List.ofSeq
        List.length (List.distinct names) = names.Length && (e.EnumerateObject() |> Seq.forall (fun p -> noDuplicateMembers p.Value))
    | JsonValueKind.Array -> e.EnumerateArray() |> Seq.forall noDuplicateMembers
    | _ -> true

type private RoundTrip =
    { Sub: string
      ExpIn: int
      Extra: (string * string) list
      Alg: string
      Signer: int
      KeyForm: string }

    override c.ToString() = $"alg={c.Alg} signer={c.Signer} form={c.KeyForm} sub=%A{c.Sub} expIn={c.ExpIn} extra=%A{c.Extra}"

let private roundTripGen =
    gen {
        let! sub = textGen
        let! expIn = Gen.choose (6, 100_000_000)
        let! extra =
            Gen.listOf (Gen.zip (Gen.oneof [ textGen; Gen.elements [ "azp"; "aud"; "iss"; "sid"; "o"; "act"; "fva" ] ]) jsonGen)
            |> Gen.map (List.filter (fun (k, v) -> not (List.contains k [ "sub"; "exp"; "nbf"; "iat" ]) && noDuplicateMembers (json v)) >> List.distinctBy fst)
        let! alg = Gen.elements [ "RS256"; "RS384"; "RS512" ]
        let! signer = Gen.choose (0, 2)
        let! form = Gen.elements [ "pkcs8"; "pkcs1"; "jwk" ]
        return { Sub = sub; ExpIn = expIn; Extra = extra; Alg = alg; Signer = signer; KeyForm = form }
    }

let private signers () = [| keyA.Value; keyB.Value; keyC.Value |]

let private roundTrips (c: RoundTrip) =
    let keys = signers ()
    let key = keys[c.Signer]
    let other = keys[(c.Signer + 1) % keys.Length]
    let privateKey =
        match c.KeyForm with
        | "pkcs8" -> key.PrivatePem
        | "pkcs1" -> key.Rsa.ExportRSAPrivateKeyPem()
        | _ -> privateJwkOf key
    let members = ("sub", JsonSerializer.Serialize c.Sub) :: ("exp", string (nowS + int64 c.ExpIn)) :: c.Extra
    let payload = "{" + String.Join(",", members |> List.map (fun (k, v) -> JsonSerializer.Serialize k + ":" + v)) + "}"
    match toResult (Jwt.Sign(json payload, privateKey, c.Alg, now, Nullable(json $"""{{"kid":"{key.Kid}"}}"""))) with
    | Error e -> false |> Prop.label $"signing failed: {e.Message}"
    | Ok token ->
        let expected = JsonNode.Parse(payload).AsObject()
        expected["iat"] <- JsonValue.Create nowS
        let same (r: Result<JsonElement, TokenVerificationError>) =
            match r with
            | Ok p -> JsonNode.DeepEquals(JsonNode.Parse(p.GetRawText()), expected)
            | Error _ -> false
        let header = match toResult (Jwt.Decode token) with Ok d -> d.Header.GetRawText() | Error e -> string e
        let rightKey = verifyJwt key token
        let rightKeyVerifier = verifyToken key token
        let wrongKey = verifyJwt other token
        let wrongKeyVerifier = verifyToken other token
        let rejected (r: Result<JsonElement, TokenVerificationError>) =
            match r with
            | Error e -> e.Reason = TokenVerificationErrorReason.TokenInvalidSignature
            | Ok _ -> false
        (same rightKey && same rightKeyVerifier && rejected wrongKey && rejected wrongKeyVerifier
         && header = $"""{{"kid":"{key.Kid}","alg":"{c.Alg}"}}""")
        |> Prop.label $"header {header}; right key: {describe rightKey} / {describe rightKeyVerifier}; other key: {describe wrongKey} / {describe wrongKeyVerifier}"

// ---------------------------------------------------------------------------------------------------------------
// (d) clock rules

type private ClockCase =
    { NowMs: int64
      Skew: int64 option
      Exp: string
      Nbf: string option
      Iat: string option }

    override c.ToString() = $"now={c.NowMs} skew=%A{c.Skew} exp={c.Exp} nbf=%A{c.Nbf} iat=%A{c.Iat}"

/// Seconds as JSON text near `boundaryMs` / 1000: a whole second of -2..+2 around it, with or without a fraction.
let private secondsNear (boundaryMs: float) =
    gen {
        let! delta = Gen.choose (-2, 2)
        let! fraction = Gen.elements [ ""; ".0"; ".001"; ".5"; ".999" ]
        let whole = Math.Floor(boundaryMs / 1000.) + float delta
        return whole.ToString("0", CultureInfo.InvariantCulture) + fraction
    }

let private farSeconds =
    Gen.oneof
        [ Gen.choose (-2_000_000_000, 2_000_000_000) |> Gen.map string
          Gen.elements [ "8640000000000"; "8640000000001"; "-8640000000000"; "-8640000000001"; "1e400"; "-1e400"; "0"; "-0"; "-0.5"; "0.999" ] ]

let private clockCaseGen =
    gen {
        let! offset = Gen.choose (-1_000_000_000, 1_000_000_000)
        let! skew =
            Gen.frequency
                [ 2, Gen.constant None
                  1, Gen.constant (Some 0L)
                  1, Gen.constant (Some 5000L)
                  4, Gen.choose (-120_000, 120_000) |> Gen.map (int64 >> Some) ]
        // Half the cases on whole seconds, so that now ± skew falls exactly on a NumericDate (the equality boundary).
        let! aligned = Gen.elements [ true; false ]
        let nowMs = nowS * 1000L + (if aligned then int64 offset / 1000L * 1000L else int64 offset)
        let skew = if aligned then skew |> Option.map (fun k -> k / 1000L * 1000L) else skew
        let s = float (defaultArg skew 5000L)
        let! exp = Gen.frequency [ 5, secondsNear (float nowMs - s); 1, farSeconds ]
        let near = secondsNear (float nowMs + s)
        let! nbf = Gen.frequency [ 1, Gen.constant None; 4, Gen.map Some near; 1, Gen.map Some farSeconds ]
        let! iat = Gen.frequency [ 1, Gen.constant None; 4, Gen.map Some near; 1, Gen.map Some farSeconds ]
        return { NowMs = nowMs; Skew = skew; Exp = exp; Nbf = nbf; Iat = iat }
    }

/// The rules of the conformance README ("Time rules") in JavaScript's arithmetic: NumericDate seconds truncated toward
/// zero, times 1000; a date beyond ±8.64e15 ms is invalid and every comparison with it is false. Checks in the order
/// exp, nbf, iat; the first failure wins.
let private expectedReason (c: ClockCase) =
    let ms (text: string) = Math.Truncate(Double.Parse(text, CultureInfo.InvariantCulture)) * 1000.
    let valid (v: float) = not (Double.IsNaN v) && abs v <= 8.64e15
    let skew = float (defaultArg c.Skew 5000L)
    let nowMs = float c.NowMs
    let e = ms c.Exp
    if valid e && e <= nowMs - skew then Some TokenVerificationErrorReason.TokenExpired
    elif c.Nbf |> Option.exists (fun n -> let v = ms n in valid v && v > nowMs + skew) then Some TokenVerificationErrorReason.TokenNotActiveYet
    elif c.Iat |> Option.exists (fun i -> let v = ms i in valid v && v > nowMs + skew) then Some TokenVerificationErrorReason.TokenIatInTheFuture
    else None

let private clockTokenOf (c: ClockCase) =
    let claims =
        [ Some("sub", "\"user_1\""); Some("exp", c.Exp); c.Nbf |> Option.map (fun n -> "nbf", n); c.Iat |> Option.map (fun i -> "iat", i) ]
        |> List.choose id
    rs256 keyA.Value (headerJson "RS256" "ins_test_a") ("{" + String.Join(",", claims |> List.map (fun (k, v) -> $"\"{k}\":{v}")) + "}")

let private clockRulesHold (c: ClockCase) =
    let token = clockTokenOf c
    let at = DateTimeOffset.FromUnixTimeMilliseconds c.NowMs
    let options = VerifyJwtOptions(ClockSkewInMs = Option.toNullable c.Skew)
    let viaJwt = toResult (Jwt.Verify(token, jwtKeyOf keyA.Value, options, at))
    let viaVerifier = verifyTokenWithPemAt at (VerifyTokenOptions(JwtKey = keyA.Value.PublicPem, ClockSkewInMs = Option.toNullable c.Skew)) token
    let reasonOf (r: Result<JsonElement, TokenVerificationError>) =
        match r with
        | Ok _ -> None
        | Error e -> Some e.Reason
    let expected = expectedReason c
    (reasonOf viaJwt = expected && reasonOf viaVerifier = expected)
    |> Prop.label $"expected %A{expected}; Jwt.Verify {describe viaJwt}; VerifyToken {describe viaVerifier}"

let private verifyAt (nowMs: int64) (skew: int64 option) (payload: string) =
    let token = rs256 keyA.Value (headerJson "RS256" "ins_test_a") payload
    toResult (Jwt.Verify(token, jwtKeyOf keyA.Value, VerifyJwtOptions(ClockSkewInMs = Option.toNullable skew), DateTimeOffset.FromUnixTimeMilliseconds nowMs))

let private reasonOrOk (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok _ -> "ok"
    | Error e -> e.Reason.Value

let tests =
    testList
        "JWT"
        [ testPropertyWithConfig (config 1500) "(a) no single-byte mutation of a valid token is accepted (Jwt.Verify and VerifyToken)"
          <| Prop.forAll (Arb.fromGen mutationGen) mutationRejected

          testCase "(a) every single-byte mutation at every position of one token, exhaustively for a sample of byte values"
          <| fun () ->
              let key, token = genuine.Value[0]
              let bytes = Encoding.ASCII.GetBytes token
              for position in 0 .. bytes.Length - 1 do
                  for value in [ 0uy; 0x2Euy; 0x3Duy; 0x41uy; 0x61uy; 0x2Duy; 0x5Fuy; 0x7Fuy; 0x80uy; 0xC3uy; 0xFFuy ] do
                      if bytes[position] <> value then
                          let mutated = Array.copy bytes
                          mutated[position] <- value
                          let text = Encoding.Latin1.GetString mutated
                          match verifyJwt key text with
                          | Ok _ -> failtestf "byte %02X at %d accepted" value position
                          | Error _ -> ()

          testPropertyWithConfig (config 600) "(b) no input makes Decode, Verify or VerifyToken (jwtKey or JWKS) throw"
          <| Prop.forAll (Arb.fromGen noThrowGen) nothingThrows

          testPropertyWithConfig (config 400) "(b) Jwt.Sign never throws: any JSON payload and header, any algorithm name"
          <| Prop.forAll (Arb.fromGen signCaseGen) signNeverThrows

          testCase "(b) Jwt.Sign with a payload or header that names a member twice is a Left, not an exception"
          <| fun () ->
              let duplicate = json """{"sub":"user_1","exp":1767226200,"sub":"user_2"}"""
              let attempt name (f: unit -> LanguageExt.Either<SignJwtError, string>) =
                  try
                      match toResult (f ()) with
                      | Ok token -> failtestf "%s: signed %s" name token
                      | Error _ -> ()
                  with e ->
                      failtestf "%s: threw %s: %s" name (e.GetType().Name) e.Message
              attempt "payload" (fun () -> Jwt.Sign(duplicate, keyA.Value.PrivatePem, "RS256", now))
              attempt "header" (fun () -> Jwt.Sign(json validPayload, keyA.Value.PrivatePem, "RS256", now, Nullable(json """{"kid":"a","kid":"b"}""")))

          testPropertyWithConfig (config 200) "(c) Jwt.Sign then verify: RS256/384/512, PKCS#8, PKCS#1 or JWK private key; fails with another key"
          <| Prop.forAll (Arb.fromGen roundTripGen) roundTrips

          testCase "(c) Jwt.Sign: alg is always the one asked for, iat is now in seconds, the default header is {typ: JWT}"
          <| fun () ->
              let signed header =
                  match toResult (Jwt.Sign(json """{"sub":"u","iat":1,"exp":99999999999}""", keyA.Value.PrivatePem, "RS384", now.AddMilliseconds 999., header)) with
                  | Ok t -> t
                  | Error e -> failtestf "sign failed: %s" e.Message
              let h, p, _ = partsOf (signed (Nullable()))
              Expect.equal (Encoding.UTF8.GetString(unb64 h)) """{"typ":"JWT","alg":"RS384"}""" "default header"
              Expect.equal ((json (Encoding.UTF8.GetString(unb64 p))).GetProperty("iat").GetInt64()) nowS "iat replaced, in whole seconds"
              let h2, _, _ = partsOf (signed (Nullable(json """{"alg":"none","kid":"k"}""")))
              Expect.equal (Encoding.UTF8.GetString(unb64 h2)) """{"alg":"RS384","kid":"k"}""" "a given alg is overwritten"

          testCase "(c) Jwt.Sign refuses what it cannot sign"
          <| fun () ->
              let left alg payload key =
                  match toResult (Jwt.Sign(json payload, key, alg, now)) with
                  | Ok t -> failtestf "signed %s" t
                  | Error e -> e.Message
              Expect.equal (left "HS256" "{}" keyA.Value.PrivatePem) "Unsupported algorithm HS256, expected one of RS256,RS384,RS512." "HS256"
              Expect.equal (left "none" "{}" keyA.Value.PrivatePem) "Unsupported algorithm none, expected one of RS256,RS384,RS512." "none"
              Expect.equal (left "RS256" "[1]" keyA.Value.PrivatePem) "The payload must be a JSON object." "array payload"
              // A public key PEM imports but cannot sign: a Left.
              Expect.isNotEmpty (left "RS256" "{}" keyA.Value.PublicPem) "public key"
              Expect.equal (left "RS256" "{}" "garbage") "The private key is not an RSA private key (PKCS#8 PEM or JWK)." "garbage key"

          testCase "(c) HasValidSignature: true for the signer's key, false for another"
          <| fun () ->
              match toResult (Jwt.Decode validToken.Value) with
              | Error e -> failtestf "decode: %O" e
              | Ok jwt ->
                  Expect.equal (toResult (Jwt.HasValidSignature(jwt, jwtKeyOf keyA.Value))) (Ok true) "signer"
                  Expect.equal (toResult (Jwt.HasValidSignature(jwt, jwtKeyOf keyB.Value))) (Ok false) "other key"

          testPropertyWithConfig (config 1000) "(d) clock rules at the boundaries: exp, nbf, iat with skew, truncation and the JS date range"
          <| Prop.forAll (Arb.fromGen clockCaseGen) clockRulesHold

          testCase "(d) boundaries by example (default skew 5 s): exp at now-5s expired, one second later valid; nbf/iat at now+5s valid, one second later not"
          <| fun () ->
              let n = nowS * 1000L
              let at (claims: string) = reasonOrOk (verifyAt n None ("{\"sub\":\"u\"," + claims + "}"))
              Expect.equal (at $"\"exp\":{nowS - 5L}") "token-expired" "exp = now - skew"
              Expect.equal (at $"\"exp\":{nowS - 4L}") "ok" "exp one second later"
              Expect.equal (at $"\"exp\":{nowS - 5L}.999") "token-expired" "the fraction is truncated"
              Expect.equal (at $"\"exp\":{nowS + 60L},\"nbf\":{nowS + 5L}") "ok" "nbf = now + skew"
              Expect.equal (at $"\"exp\":{nowS + 60L},\"nbf\":{nowS + 6L}") "token-not-active-yet" "nbf one second later"
              Expect.equal (at $"\"exp\":{nowS + 60L},\"iat\":{nowS + 5L}") "ok" "iat = now + skew"
              Expect.equal (at $"\"exp\":{nowS + 60L},\"iat\":{nowS + 6L}") "token-iat-in-the-future" "iat one second later"
              Expect.equal (at $"\"exp\":{nowS - 60L},\"nbf\":{nowS + 60L},\"iat\":{nowS + 60L}") "token-expired" "exp is checked first"
              Expect.equal (at $"\"exp\":{nowS + 60L},\"nbf\":{nowS + 60L},\"iat\":{nowS + 60L}") "token-not-active-yet" "then nbf"
              Expect.equal (at "\"exp\":8640000000001") "ok" "beyond the JS date range: never expires"
              Expect.equal (at "\"exp\":1e400") "ok" "1e400 is Infinity: an invalid date"

          testCase "(d) expiry messages name both dates like Date.toUTCString"
          <| fun () ->
              match verifyAt (nowS * 1000L) None $"{{\"sub\":\"u\",\"exp\":{nowS - 5L}}}" with
              | Error e ->
                  Expect.equal e.Message "JWT is expired. Expiry date: Wed, 31 Dec 2025 23:59:55 GMT, Current date: Thu, 01 Jan 2026 00:00:00 GMT." "message"
              | Ok _ -> failtest "accepted"

          testCase "(d) extreme clock skews follow JavaScript's arithmetic (no 64-bit overflow)"
          <| fun () ->
              let n = nowS * 1000L
              let payload = $"{{\"sub\":\"u\",\"exp\":{nowS + 60L},\"nbf\":{nowS - 60L},\"iat\":{nowS - 60L}}}"
              // now + skew and now - skew in doubles: a huge positive skew accepts every date, a huge negative one none.
              Expect.equal (reasonOrOk (verifyAt n (Some Int64.MaxValue) payload)) "ok" "skew Int64.MaxValue"
              Expect.equal (reasonOrOk (verifyAt n (Some(Int64.MaxValue - 1000L)) payload)) "ok" "skew Int64.MaxValue - 1000"
              Expect.equal (reasonOrOk (verifyAt n (Some Int64.MinValue) payload)) "token-expired" "skew Int64.MinValue"
              Expect.equal (reasonOrOk (verifyAt n (Some(Int64.MinValue + 1000L)) payload)) "token-expired" "skew Int64.MinValue + 1000"

          testCase "claims in messages are rendered like JSON.stringify (escapes, numbers)"
          <| fun () ->
              let messageOf (payload: string) () =
                  match verifyJwt keyA.Value (rs256 keyA.Value (headerJson "RS256" "ins_test_a") payload) with
                  | Error e -> e.Message
                  | Ok _ -> $"accepted {payload}"
              let subject (sub: string) = messageOf $"{{\"sub\":{sub},\"exp\":{nowS + 60L}}}"
              let expiryOf (exp: string) = messageOf $"{{\"sub\":\"u\",\"exp\":{exp}}}"
              let received shown = $"Subject claim (sub) is required and must be a string. Received {shown}."
              let expiry shown = $"Invalid JWT expiry date claim (exp) {shown}. Expected number."
              let cases =
                  // JSON.stringify: short escapes for \b \f \n \r \t, \u00xx in lower case for other controls, lone
                  // surrogates as \udxxx, everything else (DEL, U+2028, non-ASCII, <, >, &, ') literally.
                  [ "ESC", expiryOf "\"a\\u001Bb\"", expiry "\"a\\u001bb\""
                    "short escapes", expiryOf "\"\\b\\f\\n\\r\\t\"", expiry "\"\\b\\f\\n\\r\\t\""
                    "DEL", expiryOf "\"\\u007F\"", expiry "\"\u007F\""
                    "LINE SEPARATOR", expiryOf "\"\\u2028\"", expiry "\"\u2028\""
                    "HTML characters and non-ASCII", expiryOf "\"<é>&'\"", expiry "\"<é>&'\""
                    "lone surrogate", expiryOf "\"\\ud800\"", expiry "\"\\ud800\""
                    "quote and backslash", expiryOf "\"\\\"\\\\\"", expiry "\"\\\"\\\\\""
                    // Numbers: JavaScript's Number.prototype.toString of the parsed value.
                    "integer", subject "12345", received "12345"
                    "1.0", subject "1.0", received "1"
                    "1E2", subject "1E2", received "100"
                    "-0", subject "-0", received "0"
                    "1e400 (Infinity)", subject "1e400", received "null"
                    "1e21", subject "1e21", received "1e+21"
                    "inside an array", subject "[1.50]", received "[1.5]" ]
                  |> List.map (fun (name, actual, expected) ->
                      name, (try actual () with e -> $"threw {e.GetType().Name}: {e.Message}"), expected)
              // A lone surrogate may also be refused up front as undecodable (no message to render then).
              let undecodable = "Invalid JWT form. The header, payload, or signature could not be decoded."
              let wrong = cases |> List.filter (fun (name, actual, expected) -> actual <> expected && not (name = "lone surrogate" && actual = undecodable))
              if not wrong.IsEmpty then
                  failtestf "%d of %d messages differ from JSON.stringify:\n%s" wrong.Length cases.Length
                      (wrong |> List.map (fun (name, actual, expected) -> $"  {name}: got {actual}\n  {String(' ', name.Length)}  want {expected}") |> String.concat "\n") ]
