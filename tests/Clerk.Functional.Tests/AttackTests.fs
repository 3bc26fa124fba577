/// The attack corpus: forged, tampered, truncated, oversized and malformed tokens, each rejected with
/// `@clerk/backend`'s reason (and its message and action where they are known) through both `Jwt.Verify` and
/// `TokenVerifier.VerifyToken` with a `jwtKey`, and through the JWKS where the attack is about key selection.
module Clerk.Functional.Tests.AttackTests

open System
open System.Security.Cryptography
open System.Text
open System.Text.Json
open Expecto
open Microsoft.Extensions.Time.Testing
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.TokenSupport

let private ensure = TokenVerificationErrorAction.EnsureClerkJwt
let private threeParts = "Invalid JWT form. A JWT consists of three parts separated by dots."
let private undecodable = "Invalid JWT form. The header, payload, or signature could not be decoded."
let private badSignature = "JWT signature is invalid."
let private supported = "Supported: RS256,RS384,RS512."
let private exp = nowS + 600L

/// One attack: a token (built lazily: keys are generated at run time) and the expected reason, message and action.
type private Attack =
    { Name: string
      Token: Lazy<string>
      Reason: TokenVerificationErrorReason
      Message: string
      /// null when `@clerk/backend` gives no action.
      Action: string
      /// Where @clerk/backend's behaviour cannot be had safely, refusing the token as undecodable is also right.
      OrUndecodable: bool }

let private attack name token reason message action =
    { Name = name; Token = token; Reason = reason; Message = message; Action = action; OrUndecodable = false }

/// The same, where refusing the token as undecodable (token-invalid) is also acceptable.
let private attackOrUndecodable name token reason message action =
    { attack name token reason message action with OrUndecodable = true }

let private a () = keyA.Value
let private hA alg = headerJson alg (a ()).Kid

/// A token with raw header/payload texts and raw signature bytes.
let private withSignatureBytes (header: string) (payload: string) (sign: string -> byte[]) =
    let input = signingInput (b64s header) (b64s payload)
    input + "." + b64 (sign input)

let private hmac (hash: string) (secret: byte[]) (input: string) =
    let data = Encoding.ASCII.GetBytes input
    match hash with
    | "HS256" -> HMACSHA256.HashData(secret, data)
    | "HS384" -> HMACSHA384.HashData(secret, data)
    | _ -> HMACSHA512.HashData(secret, data)

/// The SPKI DER of key A (what an alg-confusion attacker would also try as the HMAC secret).
let private spkiDer () = (a ()).Rsa.ExportSubjectPublicKeyInfo()

let private invalidAlgorithm (shown: string) = $"Invalid JWT algorithm {shown}. {supported}"

/// Replaces one part (0 header, 1 payload, 2 signature) of a token.
let private replacePart (index: int) (f: string -> string) (token: string) =
    let parts = token.Split '.'
    parts[index] <- f parts[index]
    String.Join(".", parts)

/// A payload JSON with the standard valid claims and one member replaced, added or removed.
let private payloadWith (name: string) (value: string option) =
    let node = Nodes.JsonNode.Parse(validPayload).AsObject()
    node.Remove name |> ignore
    let text = node.ToJsonString()
    match value with
    | None -> text
    | Some v -> text.TrimEnd('}') + $",\"{name}\":{v}}}"

let private signedPayload (payload: string) = lazy (rs256 (a ()) (hA "RS256") payload)

let private algorithmAttacks : Attack list =
    [ attack "alg none, empty signature"
          (lazy (signingInput (b64s """{"alg":"none","typ":"JWT"}""") (b64s validPayload) + "."))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"none\"") ensure
      attack "alg none, with a genuine RS256 signature of the same input"
          (lazy (withSignatureBytes """{"alg":"none","typ":"JWT"}""" validPayload (rsaSign (a ()) HashAlgorithmName.SHA256)))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"none\"") ensure
      attack "alg None (other case)"
          (lazy (signingInput (b64s """{"alg":"None"}""") (b64s validPayload) + "."))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"None\"") ensure
      attack "HS256 with the public key's PEM text as HMAC secret"
          (lazy (withSignatureBytes (hA "HS256") validPayload (hmac "HS256" (Encoding.ASCII.GetBytes (a ()).PublicPem))))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"HS256\"") ensure
      attack "HS256 with the PEM text (no trailing newline) as HMAC secret"
          (lazy (withSignatureBytes (hA "HS256") validPayload (hmac "HS256" (Encoding.ASCII.GetBytes((a ()).PublicPem.Trim())))))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"HS256\"") ensure
      attack "HS512 with the SPKI DER bytes as HMAC secret"
          (lazy (withSignatureBytes (hA "HS512") validPayload (hmac "HS512" (spkiDer ()))))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"HS512\"") ensure
      attack "ES256 signed with a P-256 key"
          (lazy (
              use ec = ECDsa.Create(ECCurve.NamedCurves.nistP256)
              withSignatureBytes (hA "ES256") validPayload (fun input -> ec.SignData(Encoding.ASCII.GetBytes input, HashAlgorithmName.SHA256))))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"ES256\"") ensure
      attack "PS256 with a genuine RSA-PSS signature by the right key"
          (lazy (withSignatureBytes (hA "PS256") validPayload (fun input ->
              (a ()).Rsa.SignData(Encoding.ASCII.GetBytes input, HashAlgorithmName.SHA256, RSASignaturePadding.Pss))))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"PS256\"") ensure
      attack "\"rs256\" (lower case) with a genuine RS256 signature"
          (lazy (rs256 (a ()) (hA "rs256") validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"rs256\"") ensure
      attack "\"RS256 \" (trailing space) with a genuine RS256 signature"
          (lazy (rs256 (a ()) (hA "RS256 ") validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"RS256 \"") ensure
      attack "alg missing, genuine RS256 signature"
          (lazy (rs256 (a ()) """{"typ":"JWT","kid":"ins_test_a"}""" validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "undefined") ensure
      attack "alg null"
          (lazy (rs256 (a ()) """{"alg":null,"typ":"JWT"}""" validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "null") ensure
      attack "alg as an array [\"RS256\"]"
          (lazy (rs256 (a ()) """{"alg":["RS256"],"typ":"JWT"}""" validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "[\"RS256\"]") ensure
      attack "header is a JSON array"
          (lazy (rs256 (a ()) """["RS256"]""" validPayload))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "undefined") ensure
      // A lone surrogate (valid JSON, as JSON.parse reads it) in a header member read before the signature is checked.
      attackOrUndecodable "typ \"\\ud800\" (lone surrogate), unsigned"
          (lazy (signingInput (b64s """{"alg":"RS256","typ":"\ud800"}""") (b64s validPayload) + ".AAAA"))
          TokenVerificationErrorReason.TokenInvalid "Invalid JWT type \"\\ud800\". Expected \"JWT\"." ensure
      attackOrUndecodable "alg \"\\ud800\" (lone surrogate), unsigned"
          (lazy (signingInput (b64s """{"alg":"\ud800","typ":"JWT"}""") (b64s validPayload) + ".AAAA"))
          TokenVerificationErrorReason.TokenInvalidAlgorithm (invalidAlgorithm "\"\\ud800\"") ensure
      attackOrUndecodable "cat \"\\ud800\" (lone surrogate), forged signature"
          (lazy (let _, _, sg = partsOf validToken.Value in signingInput (b64s """{"alg":"RS256","typ":"JWT","cat":"\ud800"}""") (b64s validPayload) + "." + sg))
          TokenVerificationErrorReason.TokenInvalidSignature badSignature null
      attackOrUndecodable "kid \"\\ud800\" (lone surrogate), forged signature"
          (lazy (let _, _, sg = partsOf validToken.Value in signingInput (b64s """{"alg":"RS256","typ":"JWT","kid":"\ud800"}""") (b64s validPayload) + "." + sg))
          TokenVerificationErrorReason.TokenInvalidSignature badSignature null
      attack "typ at+jwt on a session token"
          (lazy (rs256 (a ()) """{"alg":"RS256","typ":"at+jwt"}""" validPayload))
          TokenVerificationErrorReason.TokenInvalid "Invalid JWT type \"at+jwt\". Expected \"JWT\"." ensure ]

let private tamperAttacks : Attack list =
    let reencodeHeader (f: string -> string) = lazy (validToken.Value |> replacePart 0 (fun h -> b64s (f (Encoding.UTF8.GetString(unb64 h)))))
    let reencodePayload (f: string -> string) = lazy (validToken.Value |> replacePart 1 (fun p -> b64s (f (Encoding.UTF8.GetString(unb64 p)))))
    let signatureBytes (f: byte[] -> byte[]) = lazy (validToken.Value |> replacePart 2 (fun s -> b64 (f (unb64 s))))
    let sigInvalid name token = attack name token TokenVerificationErrorReason.TokenInvalidSignature badSignature null
    [ sigInvalid "tampered header: kid changed" (reencodeHeader (fun h -> h.Replace("ins_test_a", "ins_test_b")))
      sigInvalid "tampered header: typ removed" (reencodeHeader (fun h -> h.Replace(",\"typ\":\"JWT\"", "")))
      sigInvalid "tampered header: RS256 relabelled RS512" (reencodeHeader (fun h -> h.Replace("RS256", "RS512")))
      sigInvalid "tampered header: session category added" (reencodeHeader (fun h -> h.TrimEnd('}') + ",\"cat\":\"cl_B7d4PD111AAA\"}"))
      sigInvalid "tampered payload: sub changed" (reencodePayload (fun p -> p.Replace("user_2abc", "user_admin")))
      sigInvalid "tampered payload: exp extended" (reencodePayload (fun p -> p.Replace(string exp, string (exp + 86400L))))
      sigInvalid "tampered payload: whitespace added (same claims)" (reencodePayload (fun p -> p.Replace(",", ", ")))
      sigInvalid "tampered signature: one bit flipped" (signatureBytes (fun s -> s[100] <- s[100] ^^^ 1uy; s))
      sigInvalid "tampered signature: last byte dropped" (signatureBytes (fun s -> s[.. s.Length - 2]))
      sigInvalid "tampered signature: a zero byte appended" (signatureBytes (fun s -> Array.append s [| 0uy |]))
      sigInvalid "tampered signature: a zero byte prepended" (signatureBytes (fun s -> Array.append [| 0uy |] s))
      sigInvalid "tampered signature: empty" (lazy (validToken.Value |> replacePart 2 (fun _ -> "")))
      sigInvalid "tampered signature: all zero" (signatureBytes (fun s -> Array.zeroCreate s.Length))
      sigInvalid "tampered signature: all 0xFF (greater than the modulus)" (signatureBytes (fun s -> Array.create s.Length 0xFFuy))
      sigInvalid "tampered signature: the modulus itself" (lazy (validToken.Value |> replacePart 2 (fun _ -> b64 ((a ()).Rsa.ExportParameters false).Modulus)))
      sigInvalid "signature of another token of the same key"
          (lazy (
              let other = rs256 (a ()) (hA "RS256") (payloadWith "sub" (Some "\"user_other\""))
              validToken.Value |> replacePart 2 (fun _ -> let _, _, s = partsOf other in s)))
      sigInvalid "signed by another key" (lazy (rs256 keyB.Value (hA "RS256") validPayload))
      sigInvalid "signed by a 3072-bit key" (lazy (rs256 key3072.Value (hA "RS256") validPayload))
      sigInvalid "RS256 header, RS512 signature" (lazy (signedWith (a ()) HashAlgorithmName.SHA512 (hA "RS256") validPayload))
      sigInvalid "padding added to the header (the signed text changes)" (lazy (validToken.Value |> replacePart 0 (fun h -> h + "=")))
      sigInvalid "padding added to the payload" (lazy (validToken.Value |> replacePart 1 (fun p -> p + "=="))) ]

/// Claims of the wrong type, signed with the right key.
let private claimAttacks : Attack list =
    let failed name payload message =
        attack name (signedPayload payload) TokenVerificationErrorReason.TokenVerificationFailed message ensure
    let subject received = $"Subject claim (sub) is required and must be a string. Received {received}."
    let expiry shown = $"Invalid JWT expiry date claim (exp) {shown}. Expected number."
    let notBefore shown = $"Invalid JWT not before date claim (nbf) {shown}. Expected number."
    let issuedAt shown = $"Invalid JWT issued at date claim (iat) {shown}. Expected number."
    [ failed "sub missing" (payloadWith "sub" None) (subject "undefined")
      failed "sub a number" (payloadWith "sub" (Some "12345")) (subject "12345")
      failed "sub null" (payloadWith "sub" (Some "null")) (subject "null")
      failed "sub an array" (payloadWith "sub" (Some "[\"user_1\"]")) (subject "[\"user_1\"]")
      failed "sub an object" (payloadWith "sub" (Some "{\"id\":\"user_1\"}")) (subject "{\"id\":\"user_1\"}")
      failed "sub true" (payloadWith "sub" (Some "true")) (subject "true")
      failed "payload a JSON array" "[1,2]" (subject "undefined")
      failed "exp missing" (payloadWith "exp" None) (expiry "undefined")
      failed "exp as a string" (payloadWith "exp" (Some $"\"{exp}\"")) (expiry $"\"{exp}\"")
      failed "exp null" (payloadWith "exp" (Some "null")) (expiry "null")
      failed "exp true" (payloadWith "exp" (Some "true")) (expiry "true")
      failed "exp an array" (payloadWith "exp" (Some $"[{exp}]")) (expiry $"[{exp}]")
      failed "exp an object" (payloadWith "exp" (Some $"{{\"v\":{exp}}}")) (expiry $"{{\"v\":{exp}}}")
      failed "nbf as a string" (payloadWith "nbf" (Some "\"0\"")) (notBefore "\"0\"")
      failed "nbf null" (payloadWith "nbf" (Some "null")) (notBefore "null")
      failed "iat as a string" (payloadWith "iat" (Some "\"yesterday\"")) (issuedAt "\"yesterday\"")
      failed "iat false" (payloadWith "iat" (Some "false")) (issuedAt "false") ]

/// Members named twice: `JSON.parse` would keep the last one; here the token is refused (docs/differences.md).
let private duplicateAttacks : Attack list =
    let dup name header payload = attack name (lazy (rs256 (a ()) header payload)) TokenVerificationErrorReason.TokenInvalid undecodable null
    let h = hA "RS256"
    [ dup "payload: sub twice" h $"""{{"sub":"user_a","exp":{exp},"sub":"user_admin"}}"""
      dup "payload: exp twice" h $"""{{"sub":"user_a","exp":{exp},"exp":99999999999}}"""
      dup "payload: sub twice, the second escaped" h $"""{{"sub":"user_a","exp":{exp},"s\u0075b":"user_admin"}}"""
      dup "payload: azp twice" h $"""{{"sub":"user_a","exp":{exp},"azp":"https://app.example.com","azp":"https://evil.example"}}"""
      dup "header: alg twice (RS256 then none)" """{"alg":"RS256","typ":"JWT","alg":"none"}""" validPayload
      dup "header: alg twice (none then RS256)" """{"alg":"none","typ":"JWT","alg":"RS256"}""" validPayload
      dup "header: kid twice" """{"alg":"RS256","kid":"ins_test_a","kid":"ins_test_b"}""" validPayload
      dup "header: cat twice" """{"alg":"RS256","cat":"cl_B7d4PD111AAA","cat":"cl_B7d4PD333AAA"}""" validPayload ]

/// A payload whose base64url has both `-` and `_`, signed: for the standard-base64 attack. An ASCII byte becomes `-`
/// or `_` only as the third byte of a group of three and only for `>`, `?`, `~`; three of each in a row make sure.
let private urlSafeHeavyToken =
    lazy (
        let payload = payloadWith "nonce" (Some "\"???>>>\"")
        let encoded = b64s payload
        if not (encoded.Contains '-' && encoded.Contains '_') then failwithf "no - and _ in %s" encoded
        rs256 (a ()) (hA "RS256") payload)

let private formAttacks : Attack list =
    let invalid name token message = attack name token TokenVerificationErrorReason.TokenInvalid message null
    let replaceMiddle (index: int) (c: string) =
        lazy (validToken.Value |> replacePart index (fun p -> p.Substring(0, p.Length / 2) + c + p.Substring(p.Length / 2 + 1)))
    [ invalid "empty" (lazy "") threeParts
      invalid "two parts" (lazy (let h, p, _ = partsOf validToken.Value in h + "." + p)) threeParts
      invalid "four parts (a valid token with a dot appended)" (lazy (validToken.Value + ".")) threeParts
      invalid "four parts (an extra segment)" (lazy (validToken.Value + ".e30")) threeParts
      invalid "1 MB of dots" (lazy (String('.', 1 <<< 20))) threeParts
      invalid "1 MB without a dot" (lazy (String('a', 1 <<< 20))) threeParts
      invalid "standard base64 (+ and /) instead of base64url"
          (lazy (urlSafeHeavyToken.Value |> replacePart 1 (fun p -> p.Replace('-', '+').Replace('_', '/')))) undecodable
      invalid "a + inserted in the header" (lazy (validToken.Value |> replacePart 0 (fun h -> h.Insert(4, "+")))) undecodable
      invalid "padding in the middle of the signature" (replaceMiddle 2 "=") undecodable
      invalid "a space inside the payload" (replaceMiddle 1 " ") undecodable
      invalid "a leading space" (lazy (" " + validToken.Value)) undecodable
      invalid "a trailing newline" (lazy (validToken.Value + "\n")) undecodable
      invalid "a NUL in the header" (replaceMiddle 0 "\u0000") undecodable
      invalid "'*' in the signature" (replaceMiddle 2 "*") undecodable
      invalid "'%' in the payload" (replaceMiddle 1 "%") undecodable
      invalid "'é' in the payload" (replaceMiddle 1 "é") undecodable
      invalid "a fullwidth letter in the header" (replaceMiddle 0 "Ａ") undecodable
      invalid "an emoji (surrogate pair) in the signature" (lazy (validToken.Value + "😀")) undecodable
      invalid "a lone surrogate in the signature" (lazy (validToken.Value + string (char 0xD800))) undecodable
      invalid "signature with a dangling sextet (length mod 4 = 1)" (lazy (validToken.Value |> replacePart 2 (fun s -> s + "AAA"))) undecodable
      invalid "signature with non-zero trailing bits"
          (lazy (validToken.Value |> replacePart 2 (fun s ->
              // 256 bytes = 342 characters: the last one carries 2 bits and 4 zero bits; set one of those.
              let last = s[s.Length - 1]
              let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
              s.Substring(0, s.Length - 1) + string alphabet[alphabet.IndexOf last ||| 1])))
          undecodable
      invalid "header not JSON" (lazy (signingInput (b64s "{alg:RS256}") (b64s validPayload) + ".AA")) undecodable
      invalid "payload not JSON" (signedPayload "{\"sub\":\"user_1\",") undecodable
      invalid "payload JSON with a trailing comma" (signedPayload $"{{\"sub\":\"user_1\",\"exp\":{exp},}}") undecodable
      invalid "payload JSON with a comment" (signedPayload $"{{\"sub\":\"user_1\",\"exp\":{exp}}}/**/") undecodable
      invalid "payload not UTF-8" (lazy (rs256 (a ()) (hA "RS256") "x" |> replacePart 1 (fun _ -> b64 [| 0x7Buy; 0xFFuy; 0xFEuy; 0x7Duy |]))) undecodable
      invalid "payload nested 100,000 levels deep" (lazy (rs256 (a ()) (hA "RS256") (String('[', 100_000) + String(']', 100_000)))) undecodable ]

let private runBoth (attack: Attack) =
    let token = attack.Token.Value
    let check via (result: Result<JsonElement, TokenVerificationError>) =
        match result with
        | Error e when attack.OrUndecodable && e.Reason = TokenVerificationErrorReason.TokenInvalid && e.Message = undecodable -> ()
        | _ -> expectRejected $"%s{attack.Name} via %s{via}" attack.Reason (Some attack.Message) (Some attack.Action) result
    check "Jwt.Verify" (verifyJwt keyA.Value token)
    check "TokenVerifier.VerifyToken(jwtKey)" (verifyToken keyA.Value token)

let private allowedForCuts =
    [ TokenVerificationErrorReason.TokenInvalid, threeParts
      TokenVerificationErrorReason.TokenInvalid, undecodable
      TokenVerificationErrorReason.TokenInvalidSignature, badSignature ]

let private expectCutRejected (context: string) (r: Result<JsonElement, TokenVerificationError>) =
    match r with
    | Ok p -> failtestf "%s: accepted %s" context (p.GetRawText())
    | Error e ->
        if not (List.contains (e.Reason, e.Message) allowedForCuts) then
            failtestf "%s: rejected with an unexpected reason %O: %s" context e.Reason e.Message

/// A JWKS server holding keys A (RS256) and B (RS256), and a verifier over it at `now`.
let private jwksVerifier () =
    let server = JwksServer([ keyA.Value; keyB.Value ])
    let verifier, _ = verifierOver server (FakeTimeProvider(now))
    server, (fun token -> verifier.VerifyToken(token, jwksOptions jwksSecretKey) |> runVerification)

let tests =
    testList
        "Token attacks"
        [ testList "algorithm" (algorithmAttacks |> List.map (fun x -> testCase x.Name <| fun () -> runBoth x))
          testList "tampering" (tamperAttacks |> List.map (fun x -> testCase x.Name <| fun () -> runBoth x))
          testList "claim types" (claimAttacks |> List.map (fun x -> testCase x.Name <| fun () -> runBoth x))
          testList "duplicate members" (duplicateAttacks |> List.map (fun x -> testCase x.Name <| fun () -> runBoth x))
          testList "form" (formAttacks |> List.map (fun x -> testCase x.Name <| fun () -> runBoth x))

          testCase "the corpus' genuine token is accepted by both paths (so every rejection above is the attack's doing)"
          <| fun () ->
              for via, result in [ "Jwt.Verify", verifyJwt keyA.Value validToken.Value; "VerifyToken", verifyToken keyA.Value validToken.Value ] do
                  match result with
                  | Ok p -> Expect.equal (p.GetProperty("sub").GetString()) "user_2abc" $"{via}: sub"
                  | Error e -> failtestf "%s rejected the genuine token: %O" via e

          testCase "duplicate members are refused already by Jwt.Decode"
          <| fun () ->
              for x in duplicateAttacks do
                  match toResult (Jwt.Decode x.Token.Value) with
                  | Ok _ -> failtestf "%s: decoded" x.Name
                  | Error e -> Expect.equal (e.Reason, e.Message) (TokenVerificationErrorReason.TokenInvalid, undecodable) x.Name

          testCase "truncated at every position (every prefix): never accepted, always a form or signature rejection"
          <| fun () ->
              let token = validToken.Value
              for i in 0 .. token.Length - 1 do
                  let cut = token.Substring(0, i)
                  expectCutRejected $"prefix of length %d{i} via Jwt.Verify" (verifyJwt keyA.Value cut)
                  expectCutRejected $"prefix of length %d{i} via VerifyToken" (verifyToken keyA.Value cut)

          testCase "truncated at every position (every suffix): never accepted, always a form or signature rejection"
          <| fun () ->
              let token = validToken.Value
              for i in 1 .. token.Length do
                  let cut = token.Substring i
                  expectCutRejected $"suffix from %d{i} via Jwt.Verify" (verifyJwt keyA.Value cut)
                  expectCutRejected $"suffix from %d{i} via VerifyToken" (verifyToken keyA.Value cut)

          testCase "a 1 MB payload: accepted deterministically when genuine, signature invalid when one byte is changed"
          <| fun () ->
              let blob = String('a', 1 <<< 20)
              let payload = payloadWith "blob" (Some("\"" + blob + "\""))
              let token = rs256 keyA.Value (hA "RS256") payload
              for _ in 1..2 do
                  for via, result in [ "Jwt.Verify", verifyJwt keyA.Value token; "VerifyToken", verifyToken keyA.Value token ] do
                      match result with
                      | Ok p -> Expect.equal (p.GetProperty("blob").GetString().Length) blob.Length $"{via}: the whole claim"
                      | Error e -> failtestf "%s rejected the genuine 1 MB token: %O" via e
              let tampered = payload.Replace("aaaa\"", "aaab\"")
              let forged = replacePart 1 (fun _ -> b64s tampered) token
              expectRejected "1 MB tampered via Jwt.Verify" TokenVerificationErrorReason.TokenInvalidSignature (Some badSignature) None (verifyJwt keyA.Value forged)
              expectRejected "1 MB tampered via VerifyToken" TokenVerificationErrorReason.TokenInvalidSignature (Some badSignature) None (verifyToken keyA.Value forged)

          testCase "invalid UTF-8 inside a JSON string (genuinely signed) never throws: token-invalid, or U+FFFD as TextDecoder reads it"
          <| fun () ->
              let header = Encoding.UTF8.GetBytes(hA "RS256")
              let payload (sub: byte[]) =
                  Array.concat [ Encoding.ASCII.GetBytes "{\"sub\":\""; sub; Encoding.ASCII.GetBytes $"\",\"exp\":{exp}}}" ]
              let badHeader = Array.concat [ Encoding.ASCII.GetBytes "{\"alg\":\"RS256\",\"kid\":\""; [| 0xC3uy |]; Encoding.ASCII.GetBytes "\"}" ]
              let cases =
                  [ "a lone continuation byte in sub", rs256Bytes keyA.Value header (payload [| 0x80uy |])
                    "0xFF in sub", rs256Bytes keyA.Value header (payload [| 0xFFuy |])
                    "an overlong encoding of '/' in sub", rs256Bytes keyA.Value header (payload [| 0xC0uy; 0xAFuy |])
                    "a UTF-8 encoded surrogate in sub", rs256Bytes keyA.Value header (payload [| 0xEDuy; 0xA0uy; 0x80uy |])
                    "a truncated sequence in the header's kid", rs256Bytes keyA.Value badHeader (Encoding.UTF8.GetBytes validPayload) ]
              for name, token in cases do
                  let attempt via (f: unit -> Result<JsonElement, TokenVerificationError>) =
                      match (try Choice1Of2(f ()) with e -> Choice2Of2 e) with
                      | Choice2Of2 e -> failtestf "%s via %s threw %s: %s" name via (e.GetType().Name) e.Message
                      | Choice1Of2(Error e) when e.Reason = TokenVerificationErrorReason.TokenInvalid && e.Message = undecodable -> ()
                      | Choice1Of2(Ok p) when p.GetProperty("sub").GetString().Contains '\uFFFD' || name.Contains "header" -> ()
                      | Choice1Of2 other -> failtestf "%s via %s: %s" name via (describe other)
                  attempt "Jwt.Decode" (fun () -> toResult (Jwt.Decode token) |> Result.map (fun d -> d.Payload))
                  attempt "Jwt.Verify" (fun () -> verifyJwt keyA.Value token)
                  attempt "VerifyToken" (fun () -> verifyToken keyA.Value token)

          testCase "padding on the signature alone is tolerated, like @clerk/backend's loose base64url: the signed bytes are the same"
          <| fun () ->
              let padded = validToken.Value + "=="
              let original = toResult (Jwt.Decode validToken.Value)
              match toResult (Jwt.Decode padded), original with
              | Ok p, Ok o -> Expect.sequenceEqual p.Signature o.Signature "same signature bytes"
              | other -> failtestf "decoding failed: %A" other
              Expect.isOk (verifyJwt keyA.Value padded) "Jwt.Verify"
              Expect.isOk (verifyToken keyA.Value padded) "VerifyToken"

          testCase "an M2M category header is refused by VerifyToken (token-invalid), before any key is resolved"
          <| fun () ->
              let token = rs256 keyA.Value """{"alg":"RS256","typ":"JWT","kid":"ins_test_a","cat":"cl_B7d4PD333AAA"}""" validPayload
              let expected = TokenVerificationErrorReason.TokenInvalid, Some "Invalid session token category.", Some ensure
              let reason, message, action = expected
              expectRejected "with jwtKey" reason message action (verifyToken keyA.Value token)
              expectRejected "with the wrong jwtKey" reason message action (verifyToken keyB.Value token)
              expectRejected "without any key source" reason message action (verifyTokenWithPemAt now (VerifyTokenOptions()) token)
              let server, verify = jwksVerifier ()
              expectRejected "with a secret key" reason message action (verify token)
              Expect.equal server.Count 0 "no JWKS request for an M2M token"
              // verifyJwt (Jwt.Verify) does not look at `cat`, as in @clerk/backend: the category is verifyToken's check.
              Expect.isOk (verifyJwt keyA.Value token) "Jwt.Verify ignores cat"

          testCase "session, template and ignore categories are accepted by VerifyToken"
          <| fun () ->
              for cat in [ JwtCategory.SessionToken; JwtCategory.JwtTemplate; JwtCategory.Ignore ] do
                  let token = rs256 keyA.Value $"""{{"alg":"RS256","typ":"JWT","cat":"{cat}"}}""" validPayload
                  Expect.isOk (verifyToken keyA.Value token) cat

          testCase "JWKS: a kid naming another key of the set gives signature invalid"
          <| fun () ->
              let _, verify = jwksVerifier ()
              let signedByAasB = rs256 keyA.Value (headerJson "RS256" keyB.Value.Kid) validPayload
              let signedByBasA = rs256 keyB.Value (headerJson "RS256" keyA.Value.Kid) validPayload
              expectRejected "A's signature, B's kid" TokenVerificationErrorReason.TokenInvalidSignature (Some badSignature) (Some null) (verify signedByAasB)
              expectRejected "B's signature, A's kid" TokenVerificationErrorReason.TokenInvalidSignature (Some badSignature) (Some null) (verify signedByBasA)
              Expect.isOk (verify (rs256 keyB.Value (headerJson "RS256" keyB.Value.Kid) validPayload)) "B's own token verifies"

          testCase "JWKS: a kid that is not in the set gives jwk-kid-mismatch"
          <| fun () ->
              let _, verify = jwksVerifier ()
              for kid in [ "ins_test_z"; "__proto__"; "constructor"; "" ] do
                  let token = rs256 keyA.Value (headerJson "RS256" kid) validPayload
                  expectRejected kid TokenVerificationErrorReason.JwkKidMismatch
                      (Some $"Unable to find a signing key in JWKS that matches the kid='{kid}' of the provided session token. Please make sure that the __session cookie or the HTTP authorization header contain a Clerk-generated session JWT.")
                      (Some TokenVerificationErrorAction.CheckKeys) (verify token)

          testCase "JWKS: a kid with a lone surrogate (before any signature check) is a kid mismatch (or undecodable), not an exception"
          <| fun () ->
              let _, verify = jwksVerifier ()
              let _, _, sg = partsOf validToken.Value
              let token = signingInput (b64s """{"alg":"RS256","typ":"JWT","kid":"\ud800"}""") (b64s validPayload) + "." + sg
              let kid = string (char 0xD800)
              match verify token with
              | Error e when e.Reason = TokenVerificationErrorReason.TokenInvalid && e.Message = undecodable -> () // refused up front: also safe
              | result ->
                  expectRejected "kid \\ud800" TokenVerificationErrorReason.JwkKidMismatch
                      (Some $"Unable to find a signing key in JWKS that matches the kid='{kid}' of the provided session token. Please make sure that the __session cookie or the HTTP authorization header contain a Clerk-generated session JWT.")
                      (Some TokenVerificationErrorAction.CheckKeys) result

          testCase "JWKS: an RS384 token for an RS256 JWK fails verification (the JWK's alg pins the algorithm)"
          <| fun () ->
              let _, verify = jwksVerifier ()
              let token = signedWith keyA.Value HashAlgorithmName.SHA384 (headerJson "RS384" keyA.Value.Kid) validPayload
              expectRejected "RS384 with an RS256 JWK" TokenVerificationErrorReason.TokenVerificationFailed
                  (Some "Error verifying JWT signature. Error: JWK \"alg\" does not match the requested algorithm") (Some ensure) (verify token)

          testCase "JWKS: alg none and HS256 with a kid of the set are refused as algorithms"
          <| fun () ->
              let _, verify = jwksVerifier ()
              let none = signingInput (b64s (headerJson "none" keyA.Value.Kid)) (b64s validPayload) + "."
              let hs = withSignatureBytes (headerJson "HS256" keyA.Value.Kid) validPayload (hmac "HS256" (Encoding.ASCII.GetBytes keyA.Value.PublicPem))
              expectRejected "none" TokenVerificationErrorReason.TokenInvalidAlgorithm (Some(invalidAlgorithm "\"none\"")) (Some ensure) (verify none)
              expectRejected "HS256" TokenVerificationErrorReason.TokenInvalidAlgorithm (Some(invalidAlgorithm "\"HS256\"")) (Some ensure) (verify hs) ]
