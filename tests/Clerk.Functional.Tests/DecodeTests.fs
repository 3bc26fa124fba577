/// Decode: every decoder is total (Left or Right, never an exception), and decodes what it should.
module Clerk.Functional.Tests.DecodeTests

open System
open System.Text
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Resources
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

let private ctx = ClerkJsonContext.Default

/// Every decoder, run for its Left/Right-ness only.
let decoders: (string * (ClerkResponse -> bool)) list =
    [ "Json(User)", fun r -> (Decode.Json(ctx.User).Invoke r).IsRight
      "Page(User)", fun r -> (Decode.Page(ctx.PageWireUser).Invoke r).IsRight
      "Array(User)", fun r -> (Decode.Array(ctx.ListUser).Invoke r).IsRight
      "TotalCount", fun r -> (Decode.TotalCount.Invoke r).IsRight
      "Deleted", fun r -> (Decode.Deleted.Invoke r).IsRight
      "Raw", fun r -> (Decode.Raw.Invoke r).IsRight
      "Unit", fun r -> (Decode.Unit.Invoke r).IsRight
      "Json(EmailAddress)", fun r -> (Decode.Json(ctx.EmailAddress).Invoke r).IsRight
      "Json(PhoneNumber)", fun r -> (Decode.Json(ctx.PhoneNumber).Invoke r).IsRight
      "Json(UserIdResult)", fun r -> (Decode.Json(ctx.UserIdResult).Invoke r).IsRight
      "Json(VerifyPasswordResult)", fun r -> (Decode.Json(ctx.VerifyPasswordResult).Invoke r).IsRight
      "Json(VerifyTOTPResult)", fun r -> (Decode.Json(ctx.VerifyTOTPResult).Invoke r).IsRight
      "Page(OrganizationMembership)", fun r -> (Decode.Page(ctx.PageWireOrganizationMembership).Invoke r).IsRight
      "Page(OrganizationInvitation)", fun r -> (Decode.Page(ctx.PageWireOrganizationInvitation).Invoke r).IsRight
      "Page(OauthAccessToken)", fun r -> (Decode.Page(ctx.PageWireOauthAccessToken).Invoke r).IsRight
      "PageOf(OrganizationMembership)", fun r -> (Decode.PageOf(ctx.PageWireOrganizationMembership).Invoke r).IsRight
      "PageOrArray(AllowlistIdentifier)", fun r -> (Decode.PageOrArray(ctx.PageWireAllowlistIdentifier, ctx.ListAllowlistIdentifier).Invoke r).IsRight ]

let private contentTypes =
    [ Some "application/json"; Some "application/json; charset=utf-8"; Some "text/html"; None ]

/// A status from 100 to 599, a content type, and a body from `bodies`.
let private responseGen (bodies: Gen<byte[]>) =
    gen {
        let! status = Gen.frequency [ 3, Gen.choose (200, 299); 2, Gen.choose (100, 599) ]
        let! contentType = Gen.elements contentTypes
        let! body = bodies
        return status, contentType, body
    }

/// Runs every decoder on the response; a throw fails the property with the decoder's name and the input.
let private neverThrows (status: int, contentType: string option, body: byte[]) =
    let r = response status contentType [] body
    for (name, decode) in decoders do
        try
            decode r |> ignore
        with e ->
            failtestf
                "%s threw %s for status %d, content type %A, body %s: %s"
                name
                (e.GetType().Name)
                status
                contentType
                (Encoding.UTF8.GetString body)
                e.Message

let private utf8 (s: string) = Encoding.UTF8.GetBytes s

let private userBytes = lazy (utf8 userJson.Value)

let private truncatedUserGen =
    gen {
        let bytes = userBytes.Value
        let! n = Gen.choose (0, bytes.Length)
        return bytes[.. n - 1]
    }

let private prop n name (bodies: Gen<byte[]>) =
    testPropertyWithConfig (config n) name <| Prop.forAll (Arb.fromGen (responseGen bodies)) neverThrows

let private decodeUser (json: string) = Decode.Json(ctx.User).Invoke(jsonResponse 200 json)

let private undecodable (e: ClerkError) =
    match e with
    | :? ClerkError.Undecodable -> ()
    | other -> failtestf "expected Undecodable, got %O" other

[<Tests>]
let tests =
    testList
        "Decode"
        [ testList
              "never throws"
              [ prop 300 "arbitrary bytes" bytesGen
                prop 300 "arbitrary strings" (textGen |> Gen.map utf8)
                prop 400 "truncated prefixes of user.json" truncatedUserGen
                prop 300 "arbitrary JSON values" (jsonGen |> Gen.map utf8)
                prop 500 "user.json with one member replaced by an arbitrary JSON value" (Gen.constant () |> Gen.bind (fun () -> mutatedJsonGen userJson.Value) |> Gen.map utf8)
                prop 200 "pages of mutated users" (Gen.constant () |> Gen.bind (fun () -> mutatedJsonGen ("{\"data\":[" + userJson.Value + "],\"total_count\":1}")) |> Gen.map utf8)

                testCase "deeply nested JSON"
                <| fun () ->
                    for depth in [ 63; 64; 65; 1000 ] do
                        let nested = String.replicate depth "[" + String.replicate depth "]"
                        neverThrows (200, Some "application/json", utf8 nested)
                        let nestedObj = "{\"public_metadata\":" + String.replicate depth "{\"a\":" + "1" + String.replicate depth "}" + "}"
                        neverThrows (200, Some "application/json", utf8 nestedObj) ]

          testCase "a user decodes; a non-2xx is Api; the wrong content type, JSON null and a bad shape are Undecodable"
          <| fun () ->
              let user = decodeUser userJson.Value |> expectRight "user.json"
              Expect.equal user.Id "user_cafebabe" "id"
              match Decode.Json(ctx.User).Invoke(jsonResponse 404 "{}") |> expectLeft "404" with
              | :? ClerkError.Api as api -> Expect.equal api.Status 404 "status"
              | other -> failtestf "expected Api, got %O" other
              Decode.Json(ctx.User).Invoke(response 200 (Some "text/html") [] (utf8 userJson.Value)) |> expectLeft "html" |> undecodable
              Decode.Json(ctx.User).Invoke(response 200 None [] (utf8 userJson.Value)) |> expectLeft "no content type" |> undecodable
              decodeUser "null" |> expectLeft "null" |> undecodable
              decodeUser "[]" |> expectLeft "array" |> undecodable
              decodeUser "{\"id\": 5}" |> expectLeft "number id" |> undecodable
              decodeUser "{\"email_addresses\":[{\"verification\":{\"status\":7}}]}" |> expectLeft "number status" |> undecodable
              let ok = Decode.Json(ctx.User).Invoke(response 200 (Some "Application/JSON; charset=utf-8") [] (utf8 "{\"id\":\"u\"}"))
              Expect.equal (expectRight "charset" ok).Id "u" "content type parameters and case are accepted"

          testCase "TotalCount, Deleted, Raw, Unit"
          <| fun () ->
              Expect.equal (Decode.TotalCount.Invoke(jsonResponse 200 """{"object":"total_count","total_count":42}""") |> expectRight "count") 42L "count"
              Decode.TotalCount.Invoke(jsonResponse 200 """{"object":"total_count"}""") |> expectLeft "no count" |> undecodable
              let deleted = Decode.Deleted.Invoke(jsonResponse 200 """{"object":"user","id":"user_1","deleted":true}""") |> expectRight "deleted"
              Expect.equal (deleted.Object, deleted.Id, deleted.Deleted) ("user", "user_1", true) "deleted object"
              let raw = Decode.Raw.Invoke(jsonResponse 200 """{"a":[1,2]}""") |> expectRight "raw"
              Expect.equal (raw.GetProperty("a").GetArrayLength()) 2 "raw"
              Decode.Raw.Invoke(jsonResponse 200 "{") |> expectLeft "truncated" |> undecodable
              Expect.isTrue (Decode.Unit.Invoke(response 204 None [] [||])).IsRight "204 without a body"
              Expect.isTrue (Decode.Unit.Invoke(response 500 None [] [||])).IsLeft "500"

          testCase "Page and Array"
          <| fun () ->
              let page = Decode.Page(ctx.PageWireUser).Invoke(jsonResponse 200 ("{\"data\":[" + userJson.Value + "],\"total_count\":7}")) |> expectRight "page"
              Expect.equal (page.Data.Count, page.TotalCount) (1, 7L) "page with total"
              let noTotal = Decode.Page(ctx.PageWireUser).Invoke(jsonResponse 200 """{"data":[{"id":"a"},{"id":"b"}]}""") |> expectRight "page"
              Expect.equal noTotal.TotalCount 2L "total defaults to the data length"
              Decode.Page(ctx.PageWireUser).Invoke(jsonResponse 200 """{"total_count":1}""") |> expectLeft "no data" |> undecodable
              Decode.Page(ctx.PageWireUser).Invoke(jsonResponse 200 """{"data":[null]}""") |> expectLeft "null item" |> undecodable
              let users = Decode.Array(ctx.ListUser).Invoke(jsonResponse 200 """[{"id":"a"},{"id":"b"}]""") |> expectRight "array"
              Expect.equal (users |> Seq.map (fun u -> u.Id) |> List.ofSeq) [ "a"; "b" ] "ids in order"
              Decode.Array(ctx.ListUser).Invoke(jsonResponse 200 """[{"id":"a"},null]""") |> expectLeft "null item" |> undecodable

          testCase "unknown members are ignored; open enums keep unknown values"
          <| fun () ->
              let user =
                  decodeUser """{"id":"u","brand_new_member":{"x":1},"email_addresses":[{"id":"e","email_address":"a@b.c","verification":{"status":"quantum","strategy":"oauth_custom_zz"}}]}"""
                  |> expectRight "user"
              let v = user.EmailAddresses[0].Verification
              Expect.equal v.Status.Value "quantum" "unknown status kept"
              Expect.equal v.Strategy.Value "oauth_custom_zz" "unknown strategy kept"

          testCase "Retry-After is read like parseInt"
          <| fun () ->
              let cases = [ "120", Some 120; " 7", Some 7; "3.5", Some 3; "abc", None; "", None; "99999999999", None ]
              for (header, expected) in cases do
                  let actual = Decode.RetryAfterSeconds header
                  Expect.equal (actual.IsSome, actual.IfNone(-1)) (expected.IsSome, defaultArg expected -1) $"Retry-After %A{header}"

          testCase "Retry-After as an HTTP date is measured from the response's Date header"
          <| fun () ->
              let seconds value date = Decode.RetryAfterSeconds(value, date)
              let some (d: string) = LanguageExt.Prelude.Some d
              Expect.equal (seconds "Wed, 21 Oct 2015 07:28:00 GMT" (some "Wed, 21 Oct 2015 07:27:30 GMT")) (LanguageExt.Prelude.Some 30) "30 s later"
              Expect.equal (seconds "Wed, 21 Oct 2015 07:27:00 GMT" (some "Wed, 21 Oct 2015 07:27:30 GMT")) (LanguageExt.Prelude.Some 0) "in the past: 0"
              Expect.isTrue (seconds "Wed, 21 Oct 2015 07:28:00 GMT" LanguageExt.Option<string>.None).IsNone "no Date header: unknown"
              Expect.equal (seconds "12" LanguageExt.Option<string>.None) (LanguageExt.Prelude.Some 12) "seconds need no Date" 
          testCase "a list is read as a page or, as the specification describes some, as a bare array"
          <| fun () ->
              let item = """{"id":"alid_1","object":"allowlist_identifier","identifier":"*@example.com","identifier_type":"email_address","created_at":1,"updated_at":2}"""
              let decode json = Decode.PageOrArray(ctx.PageWireAllowlistIdentifier, ctx.ListAllowlistIdentifier).Invoke(ClerkResponse.Json(200, json))
              for json, total in [ $"""{{"data":[{item},{item}],"total_count":7}}""", 7L; $""" [{item},{item}]""", 2L ] do
                  let page = decode json |> expectRight json
                  Expect.equal (page.Data.Count, page.TotalCount) (2, total) json
                  Expect.equal page.Data[0].IdentifierType (Nullable IdentifierType.EmailAddress) "typed"
              Expect.isTrue (decode "[null]").IsLeft "a null item is undecodable"
              Expect.isTrue (decode "{}").IsLeft "a page without data is undecodable"

          testCase "tokens in resources never show in ToString"
          <| fun () ->
              let secret = "tok_SECRET_0123456789"
              let texts =
                  [ (Decode.Json(ctx.SignInToken).Invoke(ClerkResponse.Json(200, $"""{{"id":"sit_1","object":"sign_in_token","user_id":"u","token":"{secret}","url":"https://x/?__clerk_ticket={secret}","status":"pending","created_at":1,"updated_at":1}}""")) |> expectRight "sign-in token").ToString()
                    (Decode.Json(ctx.ActorToken).Invoke(ClerkResponse.Json(200, $"""{{"id":"act_1","object":"actor_token","user_id":"u","token":"{secret}","url":"https://x/?__clerk_ticket={secret}","status":"pending","created_at":1,"updated_at":1}}""")) |> expectRight "actor token").ToString()
                    (Decode.Json(ctx.TestingToken).Invoke(ClerkResponse.Json(200, $"""{{"object":"testing_token","token":"{secret}","expires_at":1}}""")) |> expectRight "testing token").ToString() ]
              for text in texts do
                  Expect.isFalse (text.Contains secret) text
                  Expect.stringContains text "(redacted)" "says it is there"

          testCase "a negative Retry-After is no Retry-After, so RetryAfterSeconds is never negative"
          <| fun () ->
              for header in [ "-5"; " -1"; "-7 seconds" ] do
                  Expect.isTrue (Decode.RetryAfterSeconds header).IsNone $"Retry-After %A{header}"
              let error = Decode.ApiError(response 429 (Some "application/json") [ "Retry-After", "-30" ] (utf8 "{}"))
              Expect.isFalse error.RetryAfterSeconds.HasValue "no negative wait reaches the error"

          testList
              "timestamps are dates read from epoch milliseconds"
              [ let user (createdAt: string) =
                    Decode.Json(ctx.User).Invoke(ClerkResponse.Json(200, $"""{{"id":"user_1","created_at":%s{createdAt},"updated_at":1700000000000,"last_sign_in_at":null}}"""))
                let createdAt text =
                    match user text with
                    | r when r.IsRight -> (r.Case :?> User).CreatedAt
                    | r -> failtestf "expected a session, got %O" r.Case
                testCase "integral milliseconds" <| fun () ->
                    Expect.equal (createdAt "1700000000123") (DateTimeOffset(2023, 11, 14, 22, 13, 20, 123, TimeSpan.Zero)) "exact to the millisecond"
                testCase "fractional milliseconds keep their fraction" <| fun () ->
                    Expect.equal (createdAt "1700000000123.5") (DateTimeOffset(2023, 11, 14, 22, 13, 20, 123, TimeSpan.Zero).AddTicks 5000L) "half a millisecond"
                testCase "an exponent is a number like any other" <| fun () ->
                    Expect.equal (createdAt "1.7e12") (DateTimeOffset.FromUnixTimeMilliseconds 1700000000000L) "1.7e12"
                testCase "an ISO-8601 string is read too" <| fun () ->
                    Expect.equal (createdAt "\"2023-11-14T22:13:20.123Z\"") (DateTimeOffset(2023, 11, 14, 22, 13, 20, 123, TimeSpan.Zero)) "ISO"
                testCase "beyond .NET's dates, the nearest date" <| fun () ->
                    Expect.equal (createdAt "991380457016703") DateTimeOffset.MaxValue "year 33,000"
                    Expect.equal (createdAt "-1e300") DateTimeOffset.MinValue "far past"
                testCase "null is no date for a nullable timestamp" <| fun () ->
                    match user "1" with
                    | r when r.IsRight -> Expect.isFalse (r.Case :?> User).LastSignInAt.HasValue "last_sign_in_at null"
                    | r -> failtestf "expected a session, got %O" r.Case
                testCase "a date that is neither number nor date is undecodable, not an exception" <| fun () ->
                    for bad in [ "true"; "\"soon\""; "{}" ] do
                        Expect.isTrue (user bad).IsLeft $"created_at {bad}"
                testProperty "any millisecond timestamp in range decodes to that instant and is written back as the same number" <| fun (ms: int64) ->
                    let bounded = ms % 253402300799999L |> abs
                    match user (string bounded) with
                    | r when r.IsRight ->
                        let decoded = r.Case :?> User
                        let written = JsonSerializer.SerializeToElement(decoded, ctx.User).GetProperty("created_at")
                        decoded.CreatedAt.ToUnixTimeMilliseconds() = bounded && decoded.CreatedAt.Offset = TimeSpan.Zero
                        && written.ValueKind = JsonValueKind.Number && written.GetInt64() = bounded
                    | _ -> false
                testCase "a fractional timestamp is written back with its fraction" <| fun () ->
                    match user "1700000000123.5" with
                    | r when r.IsRight ->
                        let written = JsonSerializer.SerializeToElement((r.Case :?> User), ctx.User).GetProperty("created_at")
                        Expect.equal (written.GetDouble()) 1700000000123.5 "the half millisecond"
                    | r -> failtestf "expected a user, got %O" r.Case ] ]
