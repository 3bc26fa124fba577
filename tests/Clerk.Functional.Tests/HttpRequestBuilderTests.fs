/// HttpRequestBuilder: the message built from a description and the options, with no socket.
module Clerk.Functional.Tests.HttpRequestBuilderTests

open System
open System.Net.Http
open System.Net.Http.Headers
open System.Text
open Expecto
open FsCheck.FSharp
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

/// A header's raw value, from the request or content headers, as it will be sent.
let header (msg: HttpRequestMessage) (name: string) : string option =
    let mutable values = Unchecked.defaultof<HeaderStringValues>
    if msg.Headers.NonValidated.TryGetValues(name, &values) then
        Some(values.ToString())
    elif not (isNull msg.Content) && msg.Content.Headers.NonValidated.TryGetValues(name, &values) then
        Some(values.ToString())
    else
        None

let private build (options: ClerkClientOptions) (request: ClerkRequest) =
    HttpRequestBuilder.Build(options, request) |> expectRight "Build"

let private userRoute id = Route.Of("users").ThenId(id) |> expectRight "route"

let private get id = ClerkRequest.Of(HttpVerb.Get, userRoute id)

let private withAuth (authorization: RequestKey) =
    ClerkRequest(HttpVerb.Post, Route.Of("m2m_tokens"), emptyList, RequestBody.None, emptyList, Authorization = authorization)

let private bodyBytes (msg: HttpRequestMessage) = msg.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult()

let private query (pairs: (string * string) list) = pairs |> List.map QueryParameter |> listOf

let private missingKey (e: ClerkError) =
    match e with
    | :? ClerkError.Configuration as c ->
        Expect.stringStarts c.Message "Missing Clerk Secret Key" "message"
        Expect.equal c.Message HttpRequestBuilder.MissingSecretKey "the @clerk/backend message"
    | other -> failtestf "expected Configuration, got %O" other

[<Tests>]
let tests =
    testList
        "HttpRequestBuilder"
        [ testCase "standard headers on a bodiless GET"
          <| fun () ->
              let msg = build defaultOptions (get "user_1")
              Expect.equal msg.Method HttpMethod.Get "method"
              Expect.equal (header msg "Authorization") (Some("Bearer " + testSecretKey)) "Authorization"
              Expect.equal (header msg "Clerk-API-Version") (Some "2026-05-12") "Clerk-API-Version"
              Expect.equal (header msg "User-Agent") (Some HttpRequestBuilder.DefaultUserAgent) "User-Agent"
              Expect.stringStarts HttpRequestBuilder.DefaultUserAgent "Clerk.Functional/" "default User-Agent names the SDK"
              Expect.equal (header msg "Content-Type") (Some "application/json") "Content-Type even without a body"
              Expect.equal (bodyBytes msg).Length 0 "no body bytes"

          testCase "Content-Type application/json on DELETE and JSON bodies; the JSON bytes as given"
          <| fun () ->
              let delete = build defaultOptions (ClerkRequest.Of(HttpVerb.Delete, userRoute "user_1"))
              Expect.equal (header delete "Content-Type") (Some "application/json") "DELETE"
              let json = """{"first_name":"Zoë","last_name":null}"""
              let patch = build defaultOptions (ClerkRequest.Of(HttpVerb.Patch, userRoute "user_1").WithBody(RequestBody.Json json))
              Expect.equal patch.Method HttpMethod.Patch "method"
              Expect.equal (header patch "Content-Type") (Some "application/json") "PATCH"
              Expect.equal (bodyBytes patch) (Encoding.UTF8.GetBytes json) "UTF-8 body"

          testCase "User-Agent: default, userAgent option, sdkMetadata, both"
          <| fun () ->
              let ua options = header (build options (get "u")) "User-Agent"
              Expect.equal (ua (ClerkClientOptions(SecretKey = testSecretKey, UserAgent = "my-app/1.2"))) (Some "my-app/1.2") "userAgent replaces"
              Expect.equal
                  (ua (ClerkClientOptions(SecretKey = testSecretKey, SdkMetadata = SdkMetadata("@acme/clerk-fsharp", "3.0.0"))))
                  (Some(HttpRequestBuilder.DefaultUserAgent + " @acme/clerk-fsharp/3.0.0"))
                  "sdkMetadata is appended"
              Expect.equal
                  (ua (ClerkClientOptions(SecretKey = testSecretKey, UserAgent = "my-app/1.2", SdkMetadata = SdkMetadata("x", "1"))))
                  (Some "my-app/1.2 x/1")
                  "both"

          testCase "multipart body with a boundary, part name, filename and content type"
          <| fun () ->
              let bytes = [| 0uy; 255uy; 13uy; 10uy; 45uy; 45uy; 137uy; 80uy |]
              let part = MultipartPart("file", bytes, "avatar.png", "image/png")
              let msg =
                  build defaultOptions (ClerkRequest.Of(HttpVerb.Post, userRoute("user_1").Then("profile_image")).WithBody(RequestBody.Multipart(listOf [ part ])))
              let contentType = msg.Content.Headers.ContentType
              Expect.equal contentType.MediaType "multipart/form-data" "media type"
              let boundary = contentType.Parameters |> Seq.find (fun p -> p.Name = "boundary") |> fun p -> p.Value.Trim('"')
              Expect.isGreaterThan boundary.Length 0 "boundary"
              let body = bodyBytes msg
              let text = Encoding.Latin1.GetString body
              Expect.stringStarts text ("--" + boundary + "\r\n") "starts with the boundary"
              Expect.stringContains text "Content-Disposition: form-data; name=\"file\"; filename=\"avatar.png\"\r\n" "disposition"
              Expect.isFalse (text.Contains "filename*") "no RFC 5987 filename*"
              Expect.stringContains text "Content-Type: image/png\r\n" "part content type"
              Expect.stringContains text ("\r\n\r\n" + Encoding.Latin1.GetString bytes + "\r\n--" + boundary + "--") "the bytes, then the closing boundary"

          testCase "URL: /v1 unless skipped; custom root and version; trailing slash"
          <| fun () ->
              let url options request = (build options request).RequestUri.AbsoluteUri
              Expect.equal (url defaultOptions (get "user_1")) "https://api.clerk.com/v1/users/user_1" "default"
              let skip = ClerkRequest(HttpVerb.Get, Route.Of("oauth_applications"), emptyList, RequestBody.None, emptyList, SkipApiVersionInUrl = true)
              Expect.equal (url defaultOptions skip) "https://api.clerk.com/oauth_applications" "skipApiVersionInUrl"
              Expect.equal (url (optionsFor "https://proxy.example.com/clerk/") (get "u")) "https://proxy.example.com/clerk/v1/users/u" "trailing slash"
              Expect.equal (url (ClerkClientOptions(SecretKey = testSecretKey, ApiVersion = "v2")) (get "u")) "https://api.clerk.com/v2/users/u" "apiVersion"
              Expect.equal (url (optionsFor "http://127.0.0.1:8080") (get "u/1")) "http://127.0.0.1:8080/v1/users/u%2F1" "escaped id"

          testCase "query: form encoding like URLSearchParams, repeated keys in order"
          <| fun () ->
              let request =
                  (get "u").WithQuery(query [ "email_address", "a@example.com"; "email_address", "b+c@example.com"; "query", "john doe"; "name", "Zoë & co=1"; "order_by", "-created_at" ])
              let msg = build defaultOptions request
              Expect.equal
                  msg.RequestUri.Query
                  "?email_address=a%40example.com&email_address=b%2Bc%40example.com&query=john+doe&name=Zo%C3%AB+%26+co%3D1&order_by=-created_at"
                  "query string"
              Expect.equal (HttpRequestBuilder.QueryString emptyList) "" "no pairs, no ?"

          testPropertyWithConfig (config 300) "FormEncode round-trips and uses only safe characters"
          <| Prop.forAll (Arb.fromGen textGen) (fun s ->
              let encoded = HttpRequestBuilder.FormEncode s
              Expect.all encoded (fun c -> Char.IsAsciiLetterOrDigit c || "*-._+%".Contains c) $"safe characters in %s{encoded}"
              Expect.equal (Uri.UnescapeDataString(encoded.Replace("+", " "))) s "round trip")

          testCase "machine secret key selection"
          <| fun () ->
              let both = ClerkClientOptions(SecretKey = testSecretKey, MachineSecretKey = "ak_machine123")
              let auth options request = header (build options request) "Authorization"
              Expect.equal (auth both (withAuth RequestKey.MachineSecretKey)) (Some "Bearer ak_machine123") "machine key first"
              Expect.equal (auth defaultOptions (withAuth RequestKey.MachineSecretKey)) (Some("Bearer " + testSecretKey)) "else the secret key"
              Expect.equal (auth (ClerkClientOptions()) (withAuth RequestKey.MachineSecretKey)) None "else none, and no error"
              Expect.equal (auth both (withAuth RequestKey.SecretKey)) (Some("Bearer " + testSecretKey)) "SecretKey ignores the machine key"
              Expect.equal (auth (ClerkClientOptions()) (withAuth RequestKey.OptionalSecretKey)) None "optional: none"
              Expect.equal (auth defaultOptions (withAuth RequestKey.OptionalSecretKey)) (Some("Bearer " + testSecretKey)) "optional: the secret key"

          testCase "missing secret key is a Configuration error starting \"Missing Clerk Secret Key\""
          <| fun () ->
              HttpRequestBuilder.Build(ClerkClientOptions(), get "u") |> expectLeft "no key" |> missingKey
              HttpRequestBuilder.Build(ClerkClientOptions(MachineSecretKey = "ak_1"), get "u") |> expectLeft "machine key only" |> missingKey

          testCase "an empty secret key counts as missing (as in @clerk/backend and FromEnvironment)"
          <| fun () -> HttpRequestBuilder.Build(ClerkClientOptions(SecretKey = ""), get "u") |> expectLeft "empty key" |> missingKey

          testCase "extra request headers are added and replace standard ones"
          <| fun () ->
              let request =
                  ClerkRequest(HttpVerb.Get, userRoute "u", emptyList, RequestBody.None, listOf [ HeaderValue("X-Trace", "t1"); HeaderValue("Authorization", "Basic abc") ])
              let msg = build defaultOptions request
              Expect.equal (header msg "X-Trace") (Some "t1") "added"
              Expect.equal (header msg "Authorization") (Some "Basic abc") "replaced"

          testCase "building is repeatable: same URL, headers and body"
          <| fun () ->
              let request = (get "u 1").WithQuery(query [ "a", "b" ]).WithBody(RequestBody.Json "{}")
              let a, b = build defaultOptions request, build defaultOptions request
              Expect.equal a.RequestUri b.RequestUri "url"
              Expect.equal (a.Headers.ToString()) (b.Headers.ToString()) "headers"
              Expect.equal (bodyBytes a) (bodyBytes b) "body" ]
