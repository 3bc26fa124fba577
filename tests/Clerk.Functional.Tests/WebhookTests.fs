/// Webhooks: Svix / Standard Webhooks signature verification (properties over secrets, ids, clocks, bodies and
/// mutations), the envelope and its typed data, and the facade.
module Clerk.Functional.Tests.WebhookTests

open System
open System.IO
open System.Security.Cryptography
open System.Text
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Clerk.CSharp
open Clerk.Functional.Resources
open Clerk.Functional.Webhooks
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

// ---------------------------------------------------------------------------------------------------------------
// Helpers

let private nowSeconds = 1767225600L
let private now = DateTimeOffset.FromUnixTimeSeconds nowSeconds
let private key = Array.init 32 (fun i -> byte (i * 7 + 3))
let private secret = "whsec_" + Convert.ToBase64String key
let private utf8 (s: string) = Encoding.UTF8.GetBytes s

/// The reference signer, written from the Svix specification (independent of `Webhook.Sign`).
let private hmacSign (key: byte[]) (id: string) (timestamp: int64) (body: byte[]) =
    let prefix = utf8 (sprintf "%s.%d." id timestamp)
    "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Array.append prefix body))

let private svix (id: string) (timestamp: string) (signature: string) =
    WebhookHeaders(SvixId = id, SvixTimestamp = timestamp, SvixSignature = signature)

/// The same headers with another svix-signature (C# records have no F# `with`).
let private withSignature (signature: string) (h: WebhookHeaders) =
    WebhookHeaders(
        SvixId = h.SvixId, SvixTimestamp = h.SvixTimestamp, SvixSignature = signature,
        WebhookId = h.WebhookId, WebhookTimestamp = h.WebhookTimestamp, WebhookSignature = h.WebhookSignature)

let private ofEither (result: LanguageExt.Either<WebhookVerificationError, WebhookEvent>) =
    result.Match((fun (evt: WebhookEvent) -> Ok evt), (fun (e: WebhookVerificationError) -> Error e))

let private verifyBytes (secret: string) (headers: WebhookHeaders) (body: byte[]) (at: DateTimeOffset) =
    Webhook.Verify(secret, headers, body, at) |> ofEither

let private verifyText (secret: string) (headers: WebhookHeaders) (body: string) (at: DateTimeOffset) =
    Webhook.Verify(secret, headers, body, at) |> ofEither

/// A correctly signed request for `body` at `now`.
let private signed (body: string) =
    let id = "msg_test"
    svix id (string nowSeconds) (hmacSign key id nowSeconds (utf8 body)), body

let private expectEvent what result =
    match result with
    | Ok(evt: WebhookEvent) -> evt
    | Error(e: WebhookVerificationError) -> failtestf "%s: expected an event, got %O" what e

let private expectError what result =
    match result with
    | Error(e: WebhookVerificationError) -> e
    | Ok(evt: WebhookEvent) -> failtestf "%s: expected an error, got %O" what evt

let private verifySigned (body: string) =
    let headers, body = signed body
    verifyText secret headers body now |> expectEvent body

let private unverified = "@clerk/backend: Unable to verify incoming webhook: "

// ---------------------------------------------------------------------------------------------------------------
// Generators

let private anyString: Gen<string> = ArbMap.defaults |> ArbMap.generate<string>

let private alnum = [ 'a' .. 'z' ] @ [ 'A' .. 'Z' ] @ [ '0' .. '9' ] @ [ '_'; '-' ]

let private idGen =
    Gen.choose (1, 40) |> Gen.bind (fun n -> Gen.arrayOfLength n (Gen.elements alnum)) |> Gen.map String

let private keyGen = Gen.choose (1, 64) |> Gen.bind (fun n -> Gen.arrayOfLength n (Gen.choose (0, 255) |> Gen.map byte))

/// A key and the secret text for it, with or without the `whsec_` prefix.
let private secretGen =
    gen {
        let! key = keyGen
        let! prefixed = Gen.frequency [ 4, Gen.constant true; 1, Gen.constant false ]
        return key, (if prefixed then "whsec_" else "") + Convert.ToBase64String key
    }

/// A JSON object body with a `type`, arbitrary `data` and, sometimes, the other envelope members and extra ones.
let private bodyGen =
    gen {
        let! eventType = Gen.oneof [ textGen; Gen.elements (List.ofSeq WebhookEventTypes.All) ]
        let! data = jsonGen
        let! extras = Gen.elements [ ""; ",\"instance_id\":\"ins_1\",\"timestamp\":1767225599000"; ",\"object\":\"x\",\"extra\":[1]" ]
        return "{\"type\":" + JsonSerializer.Serialize eventType + ",\"data\":" + data + extras + "}", eventType
    }

/// A time within one second after `now` (the verifier floors to seconds).
let private clockGen = Gen.choose (0, 999) |> Gen.map (fun ms -> now.AddMilliseconds(float ms))

/// Headers under the Svix or the Standard Webhooks names.
let private headersGen =
    Gen.elements
        [ fun id ts sigs -> svix id ts sigs
          fun id ts sigs -> WebhookHeaders(WebhookId = id, WebhookTimestamp = ts, WebhookSignature = sigs) ]

type private SignedCase =
    { Key: byte[]; Secret: string; Id: string; Timestamp: int64; Body: string; Type: string; At: DateTimeOffset
      Names: string -> string -> string -> WebhookHeaders }

let private signedCaseGen (offsets: Gen<int64>) =
    gen {
        let! key, secret = secretGen
        let! id = idGen
        let! body, eventType = bodyGen
        let! at = clockGen
        let! offset = offsets
        let! names = headersGen
        return { Key = key; Secret = secret; Id = id; Timestamp = nowSeconds + offset; Body = body; Type = eventType; At = at; Names = names }
    }

let private headersOf (c: SignedCase) =
    c.Names c.Id (string c.Timestamp) (hmacSign c.Key c.Id c.Timestamp (utf8 c.Body))

let private prop n name (generator: Gen<'a>) (check: 'a -> unit) =
    testPropertyWithConfig (config n) name (Prop.forAll (Arb.fromGen generator) check)

// ---------------------------------------------------------------------------------------------------------------
// Properties

let private roundTrip =
    prop 300 "a request signed with any secret, id and body at any time within ±300 s verifies" (signedCaseGen (Gen.choose (-300, 300) |> Gen.map int64))
    <| fun c ->
        let evt = verifyText c.Secret (headersOf c) c.Body c.At |> expectEvent "string body"
        Expect.equal evt.Type c.Type "the type"
        Expect.equal evt.Object "event" "the object"
        Expect.equal evt.MessageId c.Id "the message id"
        Expect.equal (evt.MessageTimestamp.ToUnixTimeSeconds()) c.Timestamp "the message timestamp"
        Expect.equal (evt.Data.GetRawText()) (JsonDocument.Parse(c.Body).RootElement.GetProperty("data").GetRawText()) "the raw data"
        let fromBytes = verifyBytes c.Secret (headersOf c) (utf8 c.Body) c.At |> expectEvent "byte body"
        Expect.equal (fromBytes.ToJson().GetRawText()) (evt.ToJson().GetRawText()) "bytes and text give the same event"

let private outsideTolerance =
    let offsets = Gen.oneof [ Gen.choose (301, 1_000_000); Gen.choose (-1_000_000, -301) ] |> Gen.map int64
    prop 200 "outside ±300 s a correctly signed request is rejected as too old or too new" (signedCaseGen offsets)
    <| fun c ->
        let e = verifyText c.Secret (headersOf c) c.Body c.At |> expectError "outside the tolerance"
        if c.Timestamp < nowSeconds then
            Expect.isTrue (e :? WebhookVerificationError.TimestampTooOld) $"too old: {e}"
            Expect.equal e.Message (unverified + "Message timestamp too old") "message"
        else
            Expect.isTrue (e :? WebhookVerificationError.TimestampTooNew) $"too new: {e}"
            Expect.equal e.Message (unverified + "Message timestamp too new") "message"

type private Target =
    | Body
    | Signature
    | Id
    | Timestamp

let private replaceAt (s: string) (i: int) (c: char) = s.Substring(0, i) + string c + s.Substring(i + 1)

let private singleMutation =
    let mutationGen =
        gen {
            let! c = signedCaseGen (Gen.choose (-300, 300) |> Gen.map int64)
            let! target = Gen.elements [ Body; Signature; Id; Timestamp ]
            let! position = Gen.choose (0, Int32.MaxValue - 1)
            let! replacement = Gen.choose (0, 255)
            return c, target, position, replacement
        }
    prop 500 "any single-byte change of the body, signature, id or timestamp is rejected" mutationGen
    <| fun (c, target, position, replacement) ->
        let body = utf8 c.Body
        let signature = hmacSign c.Key c.Id c.Timestamp body
        let timestamp = string c.Timestamp
        // Text targets take printable ASCII; any value different from the original.
        let printable (original: char) =
            let r = char (32 + replacement % 95)
            if r = original then (if r = 'a' then 'b' else 'a') else r
        let headers, body =
            match target with
            | Body ->
                let i = position % body.Length
                let mutated = Array.copy body
                mutated[i] <- if byte replacement = body[i] then body[i] ^^^ 1uy else byte replacement
                c.Names c.Id timestamp signature, mutated
            | Signature ->
                let i = position % signature.Length
                c.Names c.Id timestamp (replaceAt signature i (printable signature[i])), body
            | Id ->
                let i = position % c.Id.Length
                c.Names (replaceAt c.Id i (printable c.Id[i])) timestamp signature, body
            | Timestamp ->
                let i = position % timestamp.Length
                c.Names c.Id (replaceAt timestamp i (printable timestamp[i])) signature, body
        verifyBytes c.Secret headers body c.At |> expectError $"{target} mutated" |> ignore

let private headerValueGen =
    Gen.frequency
        [ 1, Gen.constant null
          3, anyString
          3,
          Gen.elements
              [ ""; " "; "v1,"; "v1"; ","; "v1,abc"; "v1,a v1,b"; "1767225600"; "abc"; "-1"; "+"; "-"; "0x10"; "1e3"
                "99999999999999999999999999"; "-99999999999999999999999999"; "\u00A0\uFEFF"; "\u2028 1767225600 \u3000"; "msg_1" ] ]

let private anyHeadersGen =
    gen {
        let! values = Gen.arrayOfLength 6 headerValueGen
        return
            WebhookHeaders(
                SvixId = values[0], SvixTimestamp = values[1], SvixSignature = values[2],
                WebhookId = values[3], WebhookTimestamp = values[4], WebhookSignature = values[5])
    }

let private anySecretGen =
    Gen.frequency
        [ 1, anyString
          1, Gen.elements [ null; ""; "whsec_"; "whsec_="; "whsec_===="; "whsec_AA=="; "whsec_ AAAA"; "AAAA"; "whsec_%%%%"; "whsec_A" ]
          2, secretGen |> Gen.map snd ]

let private anyClockGen =
    Gen.frequency
        [ 3, clockGen
          1, Gen.elements [ DateTimeOffset.MinValue; DateTimeOffset.MaxValue; DateTimeOffset.UnixEpoch ]
          1, ArbMap.defaults |> ArbMap.generate<DateTimeOffset> ]

/// Bodies: random bytes, any JSON value, hostile JSON texts, and BOMs.
let private anyBodyGen =
    Gen.frequency
        [ 2, bytesGen
          2, jsonGen |> Gen.map utf8
          1, anyString |> Gen.map (fun s -> if isNull s then [||] else utf8 s)
          1,
          Gen.elements
              [ ""; " "; "null"; "[]"; "\"x\""; "1"; "{"; "{}"; "{\"type\":\"\\ud800\",\"instance_id\":\"\\udfff\"}"
                "{\"type\":5,\"data\":null,\"timestamp\":1.5,\"event_attributes\":[]}"; "{\"a\":1} x"; "\uFEFF{}"
                "{\"type\":\"user.created\",\"data\":{\"id\":5,\"email_addresses\":{}}}"
                "{\"type\":\"session.created\",\"data\":{\"status\":1}}"; "{\"type\":\"user.created\",\"data\":[]}"
                String('[', 600) + String(']', 600) ]
          |> Gen.map utf8 ]

/// Touches everything an event exposes.
let private exercise (evt: WebhookEvent) =
    evt.ToJson().GetRawText() |> ignore
    evt.TypedData.ToString() |> ignore
    evt.DataAs<User>() |> ignore
    evt.ToString() |> ignore
    (evt.Type, evt.Timestamp, evt.InstanceId, evt.EventAttributes, evt.MessageTimestamp) |> ignore

let private neverThrows =
    let inputs =
        gen {
            let! headers = anyHeadersGen
            let! secret = anySecretGen
            let! body = anyBodyGen
            let! at = anyClockGen
            // Half of the cases are signed correctly (under the svix-* names) so that the body gets parsed.
            let! signIt = Gen.elements [ true; false ]
            let! signKey, signSecret = secretGen
            return
                if signIt then
                    let ts = at.ToUnixTimeSeconds()
                    signSecret, svix "msg_1" (string ts) (hmacSign signKey "msg_1" ts body), body, at
                else
                    secret, headers, body, at
        }
    prop 1000 "verification never throws, whatever the headers, secret, body and clock" inputs
    <| fun (secret, headers, body, at) ->
        for result in
            [ verifyBytes secret headers body at
              verifyText secret headers (Encoding.UTF8.GetString body) at
              Webhook.Verify(WebhookVerificationOptions(SigningSecret = secret, Environment = (fun _ -> null)), headers, ReadOnlySpan<byte>(body))
              |> ofEither ] do
            match result with
            | Ok evt -> exercise evt
            | Error e -> Expect.isNotEmpty e.Message "every error has a message"

let private multipleSignatures =
    let junkGen =
        Gen.oneof
            [ keyGen |> Gen.map (fun k -> "v1," + Convert.ToBase64String k)
              Gen.elements [ "v1,bm9wZQ=="; "v2,bm9wZQ=="; "v1"; ""; "v1,"; "garbage"; "v1,,"; "," ] ]
    let inputs =
        gen {
            let! c = signedCaseGen (Gen.constant 0L)
            let! junk = Gen.listOf junkGen |> Gen.map (List.truncate 6)
            let! position = Gen.choose (0, junk.Length)
            return c, junk, position
        }
    prop 200 "several space-separated signatures: any matching v1 entry passes, none fails" inputs
    <| fun (c, junk, position) ->
        let valid = hmacSign c.Key c.Id c.Timestamp (utf8 c.Body)
        let withValid = List.insertAt position valid junk |> String.concat " "
        verifyText c.Secret (c.Names c.Id (string c.Timestamp) withValid) c.Body c.At |> expectEvent withValid |> ignore
        let junkOnly = String.concat " " junk
        let e = verifyText c.Secret (c.Names c.Id (string c.Timestamp) junkOnly) c.Body c.At |> expectError "junk only"
        Expect.equal e.Reason (if String.IsNullOrWhiteSpace junkOnly then "missing-headers" else "no-matching-signature") "only junk"

// ---------------------------------------------------------------------------------------------------------------
// Examples: signature scheme, headers, secrets, clock, body

let private vectors =
    lazy (JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot (), "tests", "vectors", "webhooks.json"))).RootElement)

let private vectorCase (name: string) =
    vectors.Value.GetProperty("cases").EnumerateArray() |> Seq.find (fun c -> c.GetProperty("name").GetString() = name)

let private signatureTests =
    testList
        "signatures"
        [ test "Sign reproduces the signature @clerk/backend's vectors were made with" {
              let c = vectorCase "valid-user-created"
              let h = c.GetProperty("headers")
              let signature =
                  Webhook.Sign(c.GetProperty("secret").GetString(), h.GetProperty("svix-id").GetString(), nowSeconds, c.GetProperty("body").GetString())
              Expect.equal
                  (signature.Match((fun (s: string) -> s), (fun (e: WebhookVerificationError) -> string e)))
                  (h.GetProperty("svix-signature").GetString())
                  "v1 signature"
          }

          test "every vector is accepted exactly when @clerk/backend accepted it, except the Standard Webhooks names" {
              for c in vectors.Value.GetProperty("cases").EnumerateArray() do
                  let headers =
                      WebhookHeaders.From(c.GetProperty("headers").EnumerateObject() |> Seq.map (fun h -> Collections.Generic.KeyValuePair(h.Name, h.Value.GetString())))
                  let secret = c.GetProperty("secret").GetString()
                  let options =
                      WebhookVerificationOptions(
                          SigningSecret = (if secret = "" then null else secret), Environment = (fun _ -> null),
                          Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("nowMs").GetInt64())))
                  let accepted = (Webhook.Verify(options, headers, c.GetProperty("body").GetString()) |> ofEither) |> Result.isOk
                  let expected = c.GetProperty("expected").GetProperty("ok").GetBoolean() || c.GetProperty("name").GetString() = "standard-webhook-headers-only"
                  Expect.equal accepted expected (c.GetProperty("name").GetString())
          }

          test "the signature is compared in constant time (code inspection)" {
              let source = File.ReadAllText(Path.Combine(repositoryRoot (), "src", "Clerk.Functional", "Webhooks", "Webhook.cs"))
              Expect.stringContains source "CryptographicOperations.FixedTimeEquals(candidate, expected)" "FixedTimeEquals"
              Expect.stringContains source "matched |= " "every entry is compared, no early exit"
              Expect.isFalse (source.Contains "SequenceEqual") "no SequenceEqual"
          }

          test "a v1 entry with text after a second comma still matches (JavaScript's split), other versions never" {
              let headers, body = signed "{\"type\":\"x\"}"
              let sigs = headers.SvixSignature
              verifyText secret (headers |> withSignature (sigs + ",ignored")) body now |> expectEvent "extra comma" |> ignore
              verifyText secret (headers |> withSignature (sigs.Replace("v1,", "v1a,"))) body now |> expectError "v1a" |> ignore
              verifyText secret (headers |> withSignature (sigs.Replace("v1,", "V1,"))) body now |> expectError "V1" |> ignore
              verifyText secret (headers |> withSignature (sigs + "\t")) body now |> expectEvent "tab trimmed" |> ignore
          } ]

let private headerTests =
    let body = "{\"type\":\"user.created\",\"data\":{}}"
    let signature = hmacSign key "msg_1" nowSeconds (utf8 body)
    testList
        "headers"
        [ test "the Standard Webhooks names are read when the svix-* set is incomplete" {
              let std = WebhookHeaders(WebhookId = "msg_1", WebhookTimestamp = string nowSeconds, WebhookSignature = signature)
              (verifyText secret std body now |> expectEvent "webhook-*").MessageId |> fun id -> Expect.equal id "msg_1" "id"
              let partial = WebhookHeaders(SvixId = "msg_1", WebhookId = std.WebhookId, WebhookTimestamp = std.WebhookTimestamp, WebhookSignature = std.WebhookSignature)
              verifyText secret partial body now |> expectEvent "partial svix-*" |> ignore
          }

          test "the svix-* names win when complete" {
              let both = WebhookHeaders(SvixId = "msg_1", SvixTimestamp = string nowSeconds, SvixSignature = signature, WebhookId = "other", WebhookTimestamp = "1", WebhookSignature = "v1,x")
              verifyText secret both body now |> expectEvent "svix-*" |> ignore
          }

          test "missing headers are named like @clerk/backend names them" {
              let e = verifyText secret WebhookHeaders.Empty body now |> expectError "none"
              Expect.equal e.Message "@clerk/backend: Missing required webhook headers: svix-id, svix-timestamp, svix-signature" "all"
              let e = verifyText secret (svix "msg_1" "  " signature) body now |> expectError "blank timestamp"
              Expect.equal e.Message "@clerk/backend: Missing required webhook headers: svix-timestamp" "blank is missing"
              Expect.equal (e :?> WebhookVerificationError.MissingHeaders).Names (listOf [ "svix-timestamp" ]) "names"
          }

          test "header containers: names case-insensitive, repeated values joined with \", \"" {
              let pairs =
                  [ "Svix-Id", "msg_1"; "SVIX-TIMESTAMP", string nowSeconds; "svix-signature", "v1,bm9wZQ=="; "svix-signature", signature ]
                  |> List.map Collections.Generic.KeyValuePair
              let headers = WebhookHeaders.From(pairs)
              Expect.equal headers.SvixSignature ("v1,bm9wZQ==, " + signature) "joined"
              verifyText secret headers body now |> expectEvent "from pairs" |> ignore
              use request = new Net.Http.HttpRequestMessage()
              request.Headers.TryAddWithoutValidation("svix-id", "msg_1") |> ignore
              request.Headers.TryAddWithoutValidation("svix-timestamp", string nowSeconds) |> ignore
              request.Headers.TryAddWithoutValidation("svix-signature", signature) |> ignore
              verifyText secret (WebhookHeaders.From(request.Headers)) body now |> expectEvent "from HttpHeaders" |> ignore
              let lookup = dict [ "svix-id", "msg_1"; "svix-timestamp", string nowSeconds; "svix-signature", signature ]
              verifyText secret (WebhookHeaders.From(fun name -> match lookup.TryGetValue name with | true, v -> v | _ -> null)) body now
              |> expectEvent "from a lookup" |> ignore
          }

          test "values are trimmed like JavaScript's trim (NBSP, BOM, line separators)" {
              let headers = svix "\u00A0msg_1\uFEFF" "\u2028 1767225600 \u3000" (" " + signature + "\t")
              verifyText secret headers body now |> expectEvent "trimmed" |> ignore
          } ]

let private secretTests =
    let body = "{\"type\":\"user.created\",\"data\":{}}"
    let headers, _ = signed body
    let options (secret: string) (env: string -> string) =
        WebhookVerificationOptions(SigningSecret = secret, Environment = Func<string, string>(env), Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider(now))
    let run o = Webhook.Verify(o, headers, body) |> ofEither
    testList
        "secret"
        [ test "missing: @clerk/backend's message, before the headers are looked at" {
              let e = Webhook.Verify(options null (fun _ -> null), WebhookHeaders.Empty, body) |> ofEither |> expectError "no secret"
              Expect.equal
                  e.Message
                  "@clerk/backend: Missing webhook signing secret. Set the CLERK_WEBHOOK_SIGNING_SECRET environment variable with the webhook secret from the Clerk Dashboard."
                  "message"
              Expect.equal e.Reason "missing-signing-secret" "reason"
          }

          test "null falls back to CLERK_WEBHOOK_SIGNING_SECRET; an empty string does not (JavaScript's ??)" {
              let env name = if name = Webhook.SigningSecretVariable then secret else null
              run (options null env) |> expectEvent "from the environment" |> ignore
              run (options "" env) |> expectError "empty is missing" |> fun e -> Expect.equal e.Reason "missing-signing-secret" "reason"
              run (options "whsec_AAAA" env) |> expectError "the option wins" |> fun e -> Expect.equal e.Reason "no-matching-signature" "reason"
          }

          test "bare base64 is accepted; malformed secrets are typed errors that never show the secret" {
              run (options (Convert.ToBase64String key) (fun _ -> null)) |> expectEvent "bare base64" |> ignore
              for bad in [ "whsec_"; "whsec_not base64!"; "whsec_abc"; "whsec_===="; "whsec_ AAAA"; "sk_test_123" ] do
                  let e = run (options bad (fun _ -> null)) |> expectError bad
                  Expect.equal e.Reason "invalid-signing-secret" bad
                  Expect.isFalse (e.Message.Contains(bad.Replace("whsec_", "")) && bad <> "whsec_") $"message hides {bad}"
          }

          test "options print no secret" {
              let text = (options secret (fun _ -> null)).ToString()
              Expect.isFalse (text.Contains(Convert.ToBase64String key)) text
              Expect.stringContains text "(redacted)" "redacted"
          } ]

let private clockTests =
    let body = "{\"type\":\"user.created\",\"data\":{}}"
    let at (ts: string) =
        let number = ts.TrimStart('+') |> Seq.takeWhile Char.IsAsciiDigit |> Seq.toArray |> String |> Int64.Parse
        svix "msg_1" ts (hmacSign key "msg_1" number (utf8 body))
    let check ts (clock: DateTimeOffset) = verifyText secret (at ts) body clock
    testList
        "clock"
        [ test "±300 s is inclusive, 301 s is not; now is floored to seconds" {
              check "1767225300" now |> expectEvent "300 s old" |> ignore
              check "1767225900" now |> expectEvent "300 s ahead" |> ignore
              check "1767225299" now |> expectError "301 s old" |> fun e -> Expect.equal e.Reason "timestamp-too-old" "old"
              check "1767225901" now |> expectError "301 s ahead" |> fun e -> Expect.equal e.Reason "timestamp-too-new" "new"
              check "1767225300" (now.AddMilliseconds 999.0) |> expectEvent "floored" |> ignore
              check "1767225901" (now.AddMilliseconds 999.0) |> expectError "floored, ahead" |> ignore
          }

          test "the timestamp is read like parseInt(text, 10) and signed as the number" {
              check "1767225600abc" now |> expectEvent "trailing text" |> ignore
              check "+1767225600" now |> expectEvent "plus sign" |> ignore
              check "1767225600.9" now |> expectEvent "fraction" |> ignore
              let e = verifyText secret (svix "msg_1" "abc" "v1,x") body now |> expectError "NaN"
              Expect.equal e.Message (unverified + "Invalid Signature Headers") "message"
              verifyText secret (svix "msg_1" "99999999999999999999999" "v1,x") body now |> expectError "huge" |> fun e -> Expect.equal e.Reason "timestamp-too-new" "huge"
              verifyText secret (svix "msg_1" "-99999999999999999999999" "v1,x") body now |> expectError "-huge" |> fun e -> Expect.equal e.Reason "timestamp-too-old" "-huge"
          }

          test "a TimeProvider clock" {
              let options = WebhookVerificationOptions(SigningSecret = secret, Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider(now.AddSeconds 400.0))
              Webhook.Verify(options, at "1767225600", body) |> ofEither |> expectError "fake clock" |> fun e -> Expect.equal e.Reason "timestamp-too-old" "old"
          } ]

let private bodyTests =
    let rejected (body: string) =
        let headers, body = signed body
        verifyText secret headers body now |> expectError body
    testList
        "body"
        [ test "a correctly signed body that is not a JSON object is rejected (never thrown)" {
              for body in [ ""; "hello world"; "null"; "[1]"; "\"event\""; "42"; "true"; "{\"a\":1} trailing"; "{" ] do
                  let e = rejected body
                  Expect.equal e.Reason "invalid-payload" body
                  Expect.stringStarts e.Message unverified body
          }

          test "the exact bytes are signed: CRLF and non-ASCII matter" {
              let body = "{\"type\":\"organization.updated\",\"data\":{\"name\":\"Ünïcødé Ørg ✓\",\"slug\":\"u\"}}\r\n"
              let headers, _ = signed body
              verifyText secret headers body now |> expectEvent "as signed" |> ignore
              verifyText secret headers (body.TrimEnd()) now |> expectError "trimmed" |> ignore
              verifyText secret headers (body.Normalize(NormalizationForm.FormD)) now |> expectError "normalized" |> ignore
          }

          test "a leading UTF-8 BOM is dropped before signing and parsing, as Request.text() does" {
              let headers, body = signed "{\"type\":\"x\"}"
              verifyBytes secret headers (Array.append [| 0xEFuy; 0xBBuy; 0xBFuy |] (utf8 body)) now |> expectEvent "BOM" |> ignore
          }

          test "string members that are not valid UTF-16 read as absent instead of throwing" {
              let evt = verifySigned "{\"type\":\"\\ud800\",\"instance_id\":\"\\udc00\",\"data\":{}}"
              Expect.equal evt.Type "" "type"
              Expect.isNull evt.InstanceId "instance id"
              Expect.stringContains (evt.ToJson().GetRawText()) "\\ud800" "raw JSON kept"
          }

          test "duplicate members: the last one wins, as in JSON.parse" {
              let evt = verifySigned "{\"type\":\"a\",\"type\":\"user.deleted\",\"data\":{\"deleted\":true}}"
              Expect.equal evt.Type "user.deleted" "last type"
          } ]

// ---------------------------------------------------------------------------------------------------------------
// The envelope and the typed data

let private envelope (eventType: string) (data: string) =
    sprintf
        "{\"data\":%s,\"object\":\"event\",\"type\":%s,\"event_attributes\":{\"http_request\":{\"client_ip\":\"192.0.2.1\",\"user_agent\":\"Mozilla/5.0\"}},\"timestamp\":1767225599000,\"instance_id\":\"ins_1\",\"extra\":true}"
        data
        (JsonSerializer.Serialize eventType)

let private typed<'T when 'T :> WebhookData> (eventType: string) (data: string) : 'T =
    let evt = verifySigned (envelope eventType data)
    match box evt.TypedData with
    | :? 'T as d -> d
    | other -> failtestf "%s: expected %s, got %O" eventType typeof<'T>.Name other

let private userJson =
    """{"id":"user_1","object":"user","first_name":"Ada","last_name":"Lovelace","primary_email_address_id":"idn_1",
        "email_addresses":[{"id":"idn_1","object":"email_address","email_address":"ada@example.com","verification":{"status":"verified","strategy":"email_code"},"linked_to":[]}],
        "public_metadata":{"plan":"pro"},"created_at":1654012591514,"updated_at":1654012591514}"""

let private envelopeTests =
    testList
        "envelope"
        [ test "the envelope: @clerk/backend's shape, typed attributes, the whole body kept" {
              let evt = verifySigned (envelope "user.created" userJson)
              Expect.equal (evt.ToJson().EnumerateObject() |> Seq.map (fun p -> p.Name) |> List.ofSeq)
                  [ "type"; "object"; "data"; "event_attributes"; "timestamp"; "instance_id" ] "members"
              Expect.equal evt.Timestamp (Nullable 1767225599000L) "timestamp"
              Expect.equal evt.InstanceId "ins_1" "instance id"
              Expect.equal evt.EventAttributes.HttpRequest.ClientIp "192.0.2.1" "client ip"
              Expect.equal evt.EventAttributes.HttpRequest.UserAgent "Mozilla/5.0" "user agent"
              Expect.isTrue (evt.Payload.GetProperty("extra").GetBoolean()) "the whole body"
          }

          test "members the body lacks are left out, and object is always \"event\"" {
              let evt = verifySigned "{\"type\":\"session.created\",\"object\":\"other\",\"data\":{\"id\":\"sess_1\"}}"
              Expect.equal (evt.ToJson().GetRawText()) "{\"type\":\"session.created\",\"object\":\"event\",\"data\":{\"id\":\"sess_1\"}}" "reshaped"
              Expect.isFalse evt.Timestamp.HasValue "no timestamp"
              Expect.isNull evt.EventAttributes "no attributes"
          }

          test "user.created decodes into a User" {
              let d = typed<WebhookData.UserData> "user.created" userJson
              Expect.equal d.Value.Id "user_1" "id"
              Expect.equal d.Value.FullName "Ada Lovelace" "name"
              Expect.equal d.Value.PrimaryEmailAddress.Address "ada@example.com" "primary email"
              Expect.equal (d.Value.PublicMetadata.GetProperty("plan").GetString()) "pro" "metadata"
          }

          test "user.deleted decodes into a DeletedObject, and is not a User" {
              let evt = verifySigned (envelope "user.deleted" """{"object":"user","id":"user_1","deleted":true,"external_id":"ex_1"}""")
              match evt.TypedData with
              | :? WebhookData.DeletedData as d ->
                  Expect.isTrue d.Value.Deleted "deleted"
                  Expect.equal d.Value.ExternalId "ex_1" "external id"
              | other -> failtestf "got %O" other
              Expect.isTrue (isNull (evt.DataAs<User>())) "not a user"
              Expect.isTrue (not (isNull (evt.DataAs<DeletedObject>()))) "a deleted object"
          }

          test "session.created decodes into a Session with its user and latest activity" {
              let data =
                  sprintf
                      """{"object":"session","id":"sess_1","user_id":"user_1","client_id":"client_1","actor":null,"status":"active",
                         "last_active_organization_id":null,"last_active_at":1716883200000,"expire_at":1716969600000,"abandon_at":1719475200000,
                         "latest_activity":{"object":"session_activity","id":"sa_1","device_type":"desktop","is_mobile":false,"browser_name":"Chrome","ip_address":"192.0.2.1","city":"Paris","country":"FR"},
                         "updated_at":1716883200000,"created_at":1716883200000,"user":%s}"""
                      userJson
              let s = (typed<WebhookData.SessionData> "session.created" data).Value
              Expect.equal s.Status (Nullable SessionStatus.Active) "status"
              Expect.equal s.User.Id "user_1" "user"
              Expect.equal s.LatestActivity.City "Paris" "activity"
              Expect.equal s.ExpireAt (ms 1716969600000L) "expire at"
              Expect.isTrue (s.Actor.HasValue |> not || s.Actor.Value.ValueKind = JsonValueKind.Null) "no actor"
          }

          test "organization.created decodes into an Organization" {
              let o =
                  (typed<WebhookData.OrganizationData> "organization.created"
                      """{"object":"organization","id":"org_1","name":"Acme","slug":"acme","has_image":true,"members_count":1,"max_allowed_memberships":5,"admin_delete_enabled":true,"public_metadata":{},"created_by":"user_1","created_at":1,"updated_at":2}""").Value
              Expect.equal (o.Id, o.Name, o.Slug, o.MembersCount, o.CreatedBy) ("org_1", "Acme", "acme", Nullable 1, "user_1") "organization"
          }

          test "organizationMembership.created decodes into an OrganizationMembership" {
              let m =
                  (typed<WebhookData.OrganizationMembershipData> "organizationMembership.created"
                      """{"object":"organization_membership","id":"orgmem_1","role":"org:admin","role_name":"Admin","permissions":["org:sys_memberships:manage"],
                          "organization":{"object":"organization","id":"org_1","name":"Acme","slug":"acme"},
                          "public_user_data":{"user_id":"user_1","first_name":"Ada","image_url":"https://img","has_image":false,"identifier":"ada@example.com"},
                          "created_at":1,"updated_at":2}""").Value
              Expect.equal (m.Role, m.Organization.Id, m.PublicUserData.UserId) ("org:admin", "org_1", "user_1") "membership"
              Expect.sequenceEqual m.Permissions [ "org:sys_memberships:manage" ] "permissions"
          }

          test "email.created decodes into an Email" {
              let e =
                  (typed<WebhookData.EmailData> "email.created"
                      """{"object":"email","id":"ema_1","slug":"verification_code","from_email_name":"notifications","to_email_address":"ada@example.com",
                          "email_address_id":"idn_1","user_id":"user_1","subject":"123456 is your code","body":"<html/>","body_plain":"123456","status":"queued",
                          "data":{"otp_code":"123456"},"delivered_by_clerk":true}""").Value
              Expect.equal (e.Id, e.ToEmailAddress, e.DeliveredByClerk) ("ema_1", "ada@example.com", true) "email"
              Expect.equal (e.Data.GetProperty("otp_code").GetString()) "123456" "template data"
          }

          test "sms.created, organizationInvitation.accepted, role.created, waitlistEntry.updated decode" {
              let sms = (typed<WebhookData.SmsData> "sms.created" """{"object":"sms_message","id":"sms_1","from_phone_number":"+1","to_phone_number":"+2","message":"hi","status":"queued","data":{},"delivered_by_clerk":true,"created_at":1}""").Value
              Expect.equal sms.Message "hi" "sms"
              let accepted = typed<WebhookData.OrganizationInvitationAcceptedData> "organizationInvitation.accepted" """{"object":"organization_invitation","id":"orginv_1","email_address":"a@b.c","role":"org:member","status":"accepted","user_id":"user_2"}"""
              Expect.equal (accepted.Value.Id, accepted.UserId, accepted.Value.Status) ("orginv_1", "user_2", Nullable OrganizationInvitationStatus.Accepted) "accepted"
              let role = (typed<WebhookData.RoleData> "role.created" """{"object":"role","id":"role_1","key":"org:editor","name":"Editor","permissions":[{"object":"permission","id":"perm_1","key":"org:posts:create","name":"Create","type":"custom"}]}""").Value
              Expect.equal role.Permissions[0].Key "org:posts:create" "role permissions"
              let entry = (typed<WebhookData.WaitlistEntryData> "waitlistEntry.updated" """{"object":"waitlist_entry","id":"wle_1","email_address":"a@b.c","status":"invited","is_locked":false,"invitation":{"object":"invitation","id":"inv_1","email_address":"a@b.c","status":"pending","created_at":1,"updated_at":1}}""").Value
              Expect.equal (entry.Status, entry.Invitation.Status) (Nullable WaitlistEntryStatus.Invited, Nullable InvitationStatus.Pending) "waitlist"
          }

          test "billing events decode (subscription with items, plan and seats; payment attempt with totals)" {
              let sub =
                  (typed<WebhookData.SubscriptionData> "subscription.active"
                      """{"object":"commerce_subscription","id":"csub_1","status":"active","active_at":1,"canceled_at":null,"created_at":1,"updated_at":1,"payer_id":"cpayer_1",
                          "payer":{"object":"commerce_payer","id":"cpayer_1","user_id":"user_1","email":"a@b.c","organization_id":""},
                          "items":[{"object":"commerce_subscription_item","id":"csi_1","status":"active","is_free_trial":false,"period_start":1,"period_end":null,"interval":"month","plan_id":"cplan_1",
                                    "plan":{"id":"cplan_1","slug":"pro","name":"Pro","is_recurring":true,"amount":2000,"currency":"USD","unit_prices":[{"name":"seats","block_size":1,"tiers":[{"starts_at_block":1,"ends_after_block":5,"amount_per_block":0,"currency":"USD"}]}]},
                                    "seats":{"quantity":5},"subscription_id":null}]}""").Value
              Expect.equal (sub.Items[0].Plan.Amount, sub.Items[0].Seats.Quantity, sub.Items[0].Plan.UnitPrices[0].Tiers[0].EndsAfterBlock) (2000L, Nullable 5L, Nullable 5L) "subscription"
              let attempt =
                  (typed<WebhookData.PaymentAttemptData> "paymentAttempt.updated"
                      """{"id":"pa_1","status":"failed","failed_reason":{"code":"card_declined","decline_code":"insufficient_funds"},"charge_type":"recurring",
                          "totals":{"grand_total":{"amount":2200,"amount_formatted":"$22.00","currency":"USD","currency_symbol":"$"}},
                          "payment_source":{"id":"cps_1","payment_method":"card","card_type":"visa","last4":"4242"},"subscription_items":[{"id":"csi_1","status":"active","lifetime_paid":10000,"amount":{"amount":2000,"amount_formatted":"$20.00","currency":"USD","currency_symbol":"$"}}]}""").Value
              Expect.equal (attempt.FailedReason.Code, attempt.Totals.GrandTotal.Amount, attempt.PaymentSource.Last4, attempt.SubscriptionItems[0].LifetimePaid) ("card_declined", 2200L, "4242", Nullable 10000L) "payment attempt"
              let item = (typed<WebhookData.SubscriptionItemData> "subscriptionItem.freeTrialEnding" """{"object":"commerce_subscription_item","id":"csi_1","status":"active","is_free_trial":true}""").Value
              Expect.equal item.IsFreeTrial (Nullable true) "item"
          }

          test "an unknown event type verifies and keeps its data as raw JSON" {
              let evt = verifySigned (envelope "agent.thought" """{"id":"x","nested":{"a":[1,2]}}""")
              Expect.equal evt.Type "agent.thought" "type"
              match evt.TypedData with
              | :? WebhookData.Unknown as u -> Expect.equal (u.Json.GetProperty("nested").GetRawText()) "{\"a\":[1,2]}" "raw"
              | other -> failtestf "got %O" other
              Expect.isFalse (WebhookData.IsKnownType "agent.thought") "unknown"
              Expect.isTrue (isNull (evt.DataAs<obj>())) "no resource"
          }

          test "a known type whose data does not decode verifies, with the raw data and the problem" {
              for data in [ """{"id":5}"""; """[1]"""; "null"; "\"text\"" ] do
                  let evt = verifySigned (envelope "user.created" data)
                  match evt.TypedData with
                  | :? WebhookData.Undecodable as u ->
                      Expect.equal (u.Json.GetRawText()) (JsonDocument.Parse(data).RootElement.GetRawText()) "raw data"
                      Expect.isNotEmpty u.Problem "problem"
                  | other -> failtestf "%s: got %O" data other
              let evt = verifySigned "{\"type\":\"user.created\"}"
              Expect.isTrue (evt.TypedData :? WebhookData.Undecodable) "no data at all"
              Expect.equal evt.Data.ValueKind JsonValueKind.Undefined "undefined data"
          }

          test "every event type of the 2025-04-15 specification has a typed view" {
              Expect.equal WebhookEventTypes.All.Count 45 "45 event types"
              for eventType in WebhookEventTypes.All do
                  Expect.isTrue (WebhookData.IsKnownType eventType) eventType
                  let evt = verifySigned (envelope eventType "{\"id\":\"x\"}")
                  Expect.isFalse (evt.TypedData :? WebhookData.Unknown || evt.TypedData :? WebhookData.Undecodable) $"{eventType}: {evt.TypedData}"
                  Expect.isTrue (not (isNull (evt.DataAs<obj>()))) eventType
          } ]

// ---------------------------------------------------------------------------------------------------------------
// The facade

let private facadeTests =
    let body = "{\"type\":\"user.created\",\"data\":{\"id\":\"user_1\"}}"
    let headers, _ = signed body
    let options = WebhookVerificationOptions(SigningSecret = secret, Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider(now))
    testList
        "facade"
        [ test "ClerkWebhooks.Verify returns the event" {
              let evt = ClerkWebhooks.Verify(headers, body, options)
              Expect.equal (evt.DataAs<User>().Id) "user_1" "user"
              Expect.equal (ClerkWebhooks.Verify(headers, utf8 body, options)).Type "user.created" "bytes"
          }

          testTask "ClerkWebhooks.VerifyAsync reads the body stream" {
              use stream = new MemoryStream(utf8 body)
              let! (evt: WebhookEvent) = ClerkWebhooks.VerifyAsync(headers, stream, options)
              Expect.equal evt.Type "user.created" "type"
          }

          test "a failure throws WebhookVerificationException with the reason, message and typed error" {
              try
                  ClerkWebhooks.Verify(headers, body + " ", options) |> ignore
                  failtest "expected an exception"
              with :? WebhookVerificationException as e ->
                  Expect.equal e.Reason "no-matching-signature" "reason"
                  Expect.equal e.Message (unverified + "No matching signature found") "message"
                  Expect.isTrue (e.Verification :? WebhookVerificationError.NoMatchingSignature) "error"
          } ]

let tests =
    testList
        "Webhooks"
        [ roundTrip
          outsideTolerance
          singleMutation
          neverThrows
          multipleSignatures
          signatureTests
          headerTests
          secretTests
          clockTests
          bodyTests
          envelopeTests
          facadeTests ]
