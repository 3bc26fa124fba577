/// Publishable keys: the two instances and the two key errors recorded from @clerk/backend
/// (tests/vectors/authenticate-request.json), malformed keys of every kind, atob's forgiving base64, the frontend API
/// helpers, and properties: parsing never throws, round-trips any host, and never quotes the key in an error.
module Clerk.Functional.Tests.PublishableKeyTests

open System
open System.IO
open System.Text
open System.Text.Json
open FsCheck
open FsCheck.FSharp
open Expecto
open Clerk.Functional.Auth
open Clerk.Functional.Errors
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

let private parse (key: string) : Result<PublishableKey, PublishableKeyError> =
    PublishableKey.Parse(key).Match((fun (k: PublishableKey) -> Ok k), (fun (e: PublishableKeyError) -> Error e))

let private valid (key: string) =
    match parse key with
    | Ok k -> k
    | Error e -> failtestf "%s: %A" key e

let private problem (key: string) =
    match parse key with
    | Error e -> e.Problem
    | Ok k -> failtestf "%s parsed as %O" key k

let private b64 (text: string) = Convert.ToBase64String(Encoding.UTF8.GetBytes text)

let private vectors =
    lazy (JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot (), "tests", "vectors", "authenticate-request.json"))).RootElement.Clone())

let private recorded =
    testList
        "recorded"
        [ testCase "the two instances: instance type, frontend API and cookie suffix" (fun () ->
              for instance in vectors.Value.GetProperty("instances").EnumerateObject() do
                  let key = valid (instance.Value.GetProperty("publishableKey").GetString())
                  Expect.equal key.InstanceTypeName instance.Name "instance type"
                  Expect.equal key.FrontendApi (instance.Value.GetProperty("frontendApi").GetString()) "frontend API"
                  Expect.equal key.CookieSuffix (instance.Value.GetProperty("cookieSuffix").GetString()) "cookie suffix"
                  Expect.equal (key.SuffixedCookieName "__session") ("__session_" + key.CookieSuffix) "suffixed name")
          testCase "the recorded errors, word for word" (fun () ->
              let throws name =
                  vectors.Value.GetProperty("cases").EnumerateArray()
                  |> Seq.find (fun c -> c.GetProperty("name").GetString() = name)
                  |> fun c -> c, c.GetProperty("expected").GetProperty("throws").GetString()
              let invalidCase, invalidMessage = throws "error-invalid-publishable-key"
              match parse (invalidCase.GetProperty("options").GetProperty("publishableKey").GetString()) with
              | Error e ->
                  Expect.equal e.Message invalidMessage "invalid"
                  Expect.equal e.Problem PublishableKeyProblem.BadDecodedFormat "no $"
              | Ok k -> failtestf "parsed %O" k
              let _, missingMessage = throws "error-missing-publishable-key"
              for key in [ null; "" ] do
                  match parse key with
                  | Error e ->
                      Expect.equal e.Message missingMessage "missing"
                      Expect.equal e.Problem PublishableKeyProblem.Missing "problem"
                      match e.ToClerkError() with
                      | :? ClerkError.Configuration as c -> Expect.equal c.Reason missingMessage "as ClerkError"
                      | other -> failtestf "got %O" other
                  | Ok k -> failtestf "parsed %O" k)
          testCase "the cookie suffixes of the reference (§4.7)" (fun () ->
              Expect.equal (PublishableKey.CookieSuffixOf "pk_live_Y2xlcmsuY2xlcmsuZGV2JA") "1Z8AzTQD" "live"
              Expect.equal (PublishableKey.CookieSuffixOf "pk_test_Y2xlcmsuY2xlcmsuZGV2JA") "QvfNY2dr" "test") ]

let private malformed =
    testList
        "malformed"
        [ testCase "every malformed key is Invalid with @clerk/backend's message, and says why" (fun () ->
              for key, want in
                  [ "sk_test_" + b64 "clerk.example.com$", PublishableKeyProblem.WrongPrefix
                    "PK_TEST_" + b64 "clerk.example.com$", PublishableKeyProblem.WrongPrefix
                    "pk_" + b64 "clerk.example.com$", PublishableKeyProblem.WrongPrefix
                    " pk_test_" + b64 "clerk.example.com$", PublishableKeyProblem.WrongPrefix
                    "pk_test_", PublishableKeyProblem.WrongShape
                    "pk_test_" + b64 "clerk.example.com$" + "_x", PublishableKeyProblem.WrongShape
                    "pk_test_!!!!", PublishableKeyProblem.NotBase64
                    "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k-", PublishableKeyProblem.NotBase64
                    "pk_test_Y", PublishableKeyProblem.NotBase64
                    "pk_test_YQ=", PublishableKeyProblem.NotBase64
                    "pk_test_Y===", PublishableKeyProblem.NotBase64
                    "pk_test_Y2=xl", PublishableKeyProblem.NotBase64
                    "pk_live_" + b64 "clerk.example.com", PublishableKeyProblem.BadDecodedFormat
                    "pk_live_" + b64 "clerk.example.com$x", PublishableKeyProblem.BadDecodedFormat
                    "pk_live_" + b64 "a$b.c$", PublishableKeyProblem.BadDecodedFormat
                    "pk_live_" + b64 "nodot$", PublishableKeyProblem.BadDecodedFormat
                    "pk_live_" + b64 "$", PublishableKeyProblem.BadDecodedFormat ] do
                  match parse key with
                  | Error e ->
                      Expect.equal e.Problem want key
                      Expect.equal e.Message PublishableKey.InvalidMessage key
                      Expect.isFalse (PublishableKey.IsPublishableKey key) key
                  | Ok k -> failtestf "%s parsed as %O" key k)
          testCase "atob's forgiving base64: padding optional, ASCII whitespace ignored, Latin-1 text" (fun () ->
              Expect.equal (valid "pk_live_Y2xlcmsuY2xlcmsuZGV2JA").FrontendApi "clerk.clerk.dev" "unpadded"
              Expect.equal (valid "pk_live_Y2xlcmsuY2xlcmsuZGV2JA==").FrontendApi "clerk.clerk.dev" "padded"
              Expect.equal (valid "pk_live_Y2xl cmsu\nY2xlcmsuZGV2JA").FrontendApi "clerk.clerk.dev" "whitespace"
              // "é.x$" in UTF-8 decodes byte by byte, as atob does.
              Expect.equal (valid ("pk_test_" + b64 "é.x$")).FrontendApi "\u00C3\u00A9.x" "Latin-1")
          testCase "problems map one to one with IsPublishableKey" (fun () ->
              Expect.isTrue (PublishableKey.IsPublishableKey "pk_test_aGFwcHktaGlwcG8tMS5jbGVyay5hY2NvdW50cy5kZXYk") "valid"
              Expect.isFalse (PublishableKey.IsPublishableKey null) "null") ]

let private helpers =
    testList
        "helpers"
        [ testCase "instance type" (fun () ->
              let live = valid "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k"
              let test = valid "pk_test_aGFwcHktaGlwcG8tMS5jbGVyay5hY2NvdW50cy5kZXYk"
              Expect.equal live.InstanceType InstanceType.Production "live"
              Expect.isTrue live.IsProduction "live"
              Expect.isTrue test.IsDevelopment "test"
              Expect.equal test.InstanceTypeName "development" "name")
          testCase "FrontendApiFor: proxy URL, production satellite domain, else the key's host" (fun () ->
              let live = valid "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k"
              let test = valid "pk_test_aGFwcHktaGlwcG8tMS5jbGVyay5hY2NvdW50cy5kZXYk"
              Expect.equal (live.FrontendApiFor("https://example.com/__clerk", "sat.dev", true)) "https://example.com/__clerk" "proxy wins"
              Expect.equal (live.FrontendApiFor(null, "satellite.dev", true)) "clerk.satellite.dev" "production satellite"
              Expect.equal (live.FrontendApiFor(null, "satellite.dev", false)) "clerk.example.com" "not a satellite"
              Expect.equal (test.FrontendApiFor(null, "satellite.dev", true)) "happy-hippo-1.clerk.accounts.dev" "development satellite")
          testCase "AccountsBaseUrl" (fun () ->
              Expect.equal (valid "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k").AccountsBaseUrl "https://accounts.example.com" "production"
              Expect.equal (valid "pk_test_aGFwcHktaGlwcG8tMS5jbGVyay5hY2NvdW50cy5kZXYk").AccountsBaseUrl "https://happy-hippo-1.accounts.dev" "development"
              Expect.equal (valid ("pk_test_" + b64 "foo-bar-1.clerk.accountsstage.dev$")).AccountsBaseUrl "https://foo-bar-1.accountsstage.dev" "staging")
          testCase "ClerkKeys" (fun () ->
              Expect.isTrue (ClerkKeys.IsDevelopmentFromSecretKey "sk_test_x") "sk_test_"
              Expect.isTrue (ClerkKeys.IsDevelopmentFromSecretKey "test_x") "legacy"
              Expect.isFalse (ClerkKeys.IsDevelopmentFromSecretKey "sk_live_x") "live"
              Expect.isTrue (ClerkKeys.IsProductionFromSecretKey "sk_live_x") "sk_live_"
              Expect.isFalse (ClerkKeys.IsProductionFromSecretKey null) "null"
              Expect.isTrue (ClerkKeys.IsDevelopmentFromPublishableKey "pk_test_x") "pk_test_"
              Expect.isTrue (ClerkKeys.IsProductionFromPublishableKey "pk_live_x") "pk_live_"
              Expect.isTrue (ClerkKeys.IsDevOrStagingHost "happy-hippo-1.clerk.accounts.dev") "accounts.dev"
              Expect.isFalse (ClerkKeys.IsDevOrStagingHost "clerk.example.com") "production host") ]

let private hostGen: Gen<string> =
    gen {
        let! labels = Gen.nonEmptyListOf (Gen.elements [ "a"; "clerk"; "x-1"; "Ü"; "9"; "accounts"; "é" ])
        let! tld = Gen.elements [ "com"; "dev"; "io" ]
        return String.Join(".", labels @ [ tld ])
    }

let private properties =
    testList
        "properties"
        [ testPropertyWithConfig (config 2000) "Parse never throws, whatever the text" (fun () ->
              let keyish =
                  Gen.oneof
                      [ textGen
                        textGen |> Gen.map (fun t -> "pk_test_" + t)
                        bytesGen |> Gen.map (fun b -> "pk_live_" + Convert.ToBase64String b)
                        textGen |> Gen.map (fun t -> "pk_live_" + b64 t) ]
              Prop.forAll (Arb.fromGen keyish) (fun key ->
                  let parsed = parse key
                  let ok = match parsed with Ok _ -> true | Error _ -> false
                  ok = PublishableKey.IsPublishableKey key))
          testPropertyWithConfig (config 500) "any host round-trips, padded or not, for both prefixes" (fun () ->
              Prop.forAll (Arb.fromGen (Gen.zip hostGen (Gen.elements [ true; false ]))) (fun (host, live) ->
                  let encoded = Convert.ToBase64String(Encoding.Latin1.GetBytes(host + "$"))
                  let prefix = if live then "pk_live_" else "pk_test_"
                  [ encoded; encoded.TrimEnd('=') ]
                  |> List.forall (fun body ->
                      match parse (prefix + body) with
                      | Ok k -> k.FrontendApi = host && k.IsProduction = live
                      | Error _ -> false)))
          testPropertyWithConfig (config 500) "an error never quotes the key" (fun () ->
              let secretish = Gen.choose (0, Int32.MaxValue) |> Gen.map (fun n -> $"pk_test_SECRET{n}zz_{n}")
              Prop.forAll (Arb.fromGen secretish) (fun key ->
                  match parse key with
                  | Error e -> not (e.ToString().Contains key) && not (e.Message.Contains "SECRET")
                  | Ok _ -> false)) ]

let tests = testList "PublishableKey" [ recorded; malformed; helpers; properties ]
