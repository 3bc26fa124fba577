/// End to end through the live ClerkApi/HttpRunner against a real HTTP server on 127.0.0.1.
module Clerk.Functional.Tests.LoopbackTests

open System
open System.Collections.Generic
open System.Net.Http.Headers
open System.Text
open System.Text.Json
open System.Text.Json.Nodes
open Expecto
open Clerk.Functional
open Clerk.Functional.Api
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.LoopbackServer

let private metadata (json: string) = Optional.Of(Nullable(JsonDocument.Parse(json).RootElement.Clone()))

/// The one request the server received.
let private single (server: Server) =
    Expect.isEmpty server.Errors "the server read every request"
    match server.Received with
    | [ r ] -> r
    | rs -> failtestf "expected one request, got %d: %A" rs.Length (rs |> List.map (fun r -> r.RequestLine))

/// The standard headers every request carries.
let private expectStandardHeaders (server: Server) (r: RawRequest) =
    Expect.equal (r.Header "Authorization") (Some("Bearer " + testSecretKey)) "Authorization"
    Expect.equal (r.Header "Clerk-API-Version") (Some "2026-05-12") "Clerk-API-Version"
    Expect.equal (r.Header "User-Agent") (Some HttpRequestBuilder.DefaultUserAgent) "User-Agent"
    Expect.equal (r.Header "Host") (Some(server.Url.Substring "http://".Length)) "Host"
    let length = r.Header "Content-Length" |> Option.map int |> Option.defaultValue 0
    Expect.equal length r.Body.Length "Content-Length matches the body"

let private expectJsonBody (r: RawRequest) (expected: string) =
    Expect.equal (r.Header "Content-Type") (Some "application/json") "Content-Type"
    let actual = Encoding.UTF8.GetString r.Body
    Expect.isTrue (JsonNode.DeepEquals(JsonNode.Parse actual, JsonNode.Parse expected)) $"body %s{actual} equals %s{expected}"

let private clientFor (server: Server) = ClerkApi(optionsFor server.Url)

/// The parts of a multipart body: headers and content bytes of each.
let private multipartParts (boundary: string) (body: byte[]) =
    let latin1 = Encoding.Latin1.GetString body // one char per byte, so indexes are byte offsets
    let delimiter = "--" + boundary
    Expect.stringStarts latin1 (delimiter + "\r\n") "opens with the boundary"
    Expect.stringEnds latin1 (delimiter + "--\r\n") "closes with the boundary"
    latin1.Split(delimiter)
    |> Array.filter (fun p -> p.StartsWith "\r\n" && p.Length > 2)
    |> Array.map (fun p ->
        let part = p.Substring 2
        let headEnd = part.IndexOf "\r\n\r\n"
        let headers =
            part.Substring(0, headEnd).Split("\r\n")
            |> Array.map (fun l -> let i = l.IndexOf ':' in l.Substring(0, i), l.Substring(i + 1).Trim())
            |> List.ofArray
        let content = part.Substring(headEnd + 4)
        Expect.stringEnds content "\r\n" "part content ends with CRLF"
        headers, Encoding.Latin1.GetBytes(content.Substring(0, content.Length - 2)))
    |> List.ofArray

[<Tests>]
let tests =
    testSequenced
    <| testList
        "Loopback"
        [ testCase "GET getUser: the id stays inside its segment; headers; the user decodes"
          <| fun () ->
              use server = serve (fun _ -> json 200 userJson.Value)
              let user = (clientFor server).Users.GetUser "user/1?x=#y %" |> run |> expectValue "getUser"
              Expect.equal user.Id "user_cafebabe" "decoded"
              Expect.equal user.EmailAddresses[0].Address "john.doe@clerk.test" "decoded email"
              let r = single server
              Expect.equal r.RequestLine "GET /v1/users/user%2F1%3Fx%3D%23y%20%25 HTTP/1.1" "request line"
              expectStandardHeaders server r
              Expect.equal (r.Header "Content-Type") (Some "application/json") "Content-Type without a body"
              Expect.isEmpty r.Body "no body"

          testCase "GET getUserList: both requests with form-encoded queries"
          <| fun () ->
              use server =
                  serve (fun r ->
                      if r.Target.StartsWith "/v1/users/count" then json 200 """{"object":"total_count","total_count":2}"""
                      else json 200 ("[" + userJson.Value + "]"))
              let parameters = GetUserListParams(Limit = 5, EmailAddress = [| "a@example.com" |], Query = "john doe")
              let page = (clientFor server).Users.GetUserList parameters |> run |> expectValue "getUserList"
              Expect.equal (page.Data.Count, page.TotalCount) (1, 2L) "combined"
              let lines = server.Received |> List.map (fun r -> r.RequestLine) |> List.sort
              Expect.equal
                  lines
                  [ "GET /v1/users/count?email_address=a%40example.com&query=john+doe HTTP/1.1"
                    "GET /v1/users?limit=5&email_address=a%40example.com&query=john+doe HTTP/1.1" ]
                  "request lines"

          testCase "POST createUser: JSON body"
          <| fun () ->
              use server = serve (fun _ -> json 200 userJson.Value)
              let parameters =
                  CreateUserParams(
                      EmailAddress = Optional.Of([| "ada@example.com" |] :> IReadOnlyList<string>),
                      FirstName = Optional.Of "Ada",
                      LastName = Optional.Of null,
                      SkipPasswordChecks = Optional.Of true,
                      PublicMetadata = metadata """{"plan":"pro","n":[1,2]}"""
                  )
              let user = (clientFor server).Users.CreateUser parameters |> run |> expectValue "createUser"
              Expect.equal user.Id "user_cafebabe" "decoded"
              let r = single server
              Expect.equal r.RequestLine "POST /v1/users HTTP/1.1" "request line"
              expectStandardHeaders server r
              expectJsonBody r """{"email_address":["ada@example.com"],"first_name":"Ada","last_name":null,"skip_password_checks":true,"public_metadata":{"plan":"pro","n":[1,2]}}"""

          testCase "POST updateUserProfileImage: multipart with boundary, part name, filename, content type and bytes"
          <| fun () ->
              use server = serve (fun _ -> json 200 userJson.Value)
              let bytes = Array.init 300 (fun i -> byte (i % 256))
              let file = FileUpload(bytes, "avatar.png", "image/png")
              (clientFor server).Users.UpdateUserProfileImage("user 1", UpdateUserProfileImageParams(File = file)) |> run |> expectValue "upload" |> ignore
              let r = single server
              Expect.equal r.RequestLine "POST /v1/users/user%201/profile_image HTTP/1.1" "request line"
              expectStandardHeaders server r
              let contentType = MediaTypeHeaderValue.Parse(r.Header "Content-Type" |> Option.get)
              Expect.equal contentType.MediaType "multipart/form-data" "media type"
              let boundary = (contentType.Parameters |> Seq.find (fun p -> p.Name = "boundary")).Value.Trim('"')
              match multipartParts boundary r.Body with
              | [ headers, content ] ->
                  let h name = headers |> List.tryFind (fun (n, _) -> String.Equals(n, name, StringComparison.OrdinalIgnoreCase)) |> Option.map snd
                  Expect.equal (h "Content-Disposition") (Some "form-data; name=\"file\"; filename=\"avatar.png\"") "disposition"
                  Expect.equal (h "Content-Type") (Some "image/png") "part content type"
                  Expect.equal content bytes "the file's bytes"
              | parts -> failtestf "expected one part, got %d" parts.Length

          testCase "PUT replaceUserMetadata: JSON body, null sent as null"
          <| fun () ->
              use server = serve (fun _ -> json 200 userJson.Value)
              let parameters = UserMetadataParams(PublicMetadata = metadata """{"plan":"pro"}""", PrivateMetadata = Optional.Of(Nullable<JsonElement>()))
              (clientFor server).Users.ReplaceUserMetadata("user_1", parameters) |> run |> expectValue "replace" |> ignore
              let r = single server
              Expect.equal r.RequestLine "PUT /v1/users/user_1/metadata HTTP/1.1" "request line"
              expectStandardHeaders server r
              expectJsonBody r """{"public_metadata":{"plan":"pro"},"private_metadata":null}"""

          testCase "PATCH updateUser: JSON body"
          <| fun () ->
              use server = serve (fun _ -> json 200 userJson.Value)
              let parameters = UpdateUserParams(FirstName = Optional.Of "Ada", Username = Optional.Of null, DeleteSelfEnabled = Optional.Of false)
              (clientFor server).Users.UpdateUser("user_1", parameters) |> run |> expectValue "update" |> ignore
              let r = single server
              Expect.equal r.RequestLine "PATCH /v1/users/user_1 HTTP/1.1" "request line"
              expectStandardHeaders server r
              expectJsonBody r """{"first_name":"Ada","username":null,"delete_self_enabled":false}"""

          testCase "DELETE deleteUser: no body; the deleted object decodes"
          <| fun () ->
              use server = serve (fun _ -> json 200 """{"object":"user","id":"user_1","deleted":true}""")
              let deleted = (clientFor server).Users.DeleteUser "user_1" |> run |> expectValue "delete"
              Expect.equal (deleted.Id, deleted.Deleted) ("user_1", true) "decoded"
              let r = single server
              Expect.equal r.RequestLine "DELETE /v1/users/user_1 HTTP/1.1" "request line"
              expectStandardHeaders server r
              Expect.isEmpty r.Body "no body"

          testCase "an error answer: status, code, cf-ray trace id and Retry-After from the wire"
          <| fun () ->
              use server =
                  serve (fun _ ->
                      Respond(
                          429,
                          [ "Content-Type", "application/json; charset=utf-8"; "CF-Ray", "8f00aa-FRA"; "Retry-After", "30" ],
                          Encoding.UTF8.GetBytes """{"errors":[{"code":"too_many_requests","message":"Too many requests"}]}"""
                      ))
              match (clientFor server).Users.GetUser "user_1" |> run |> expectFailure "429" with
              | :? ClerkError.Api as api ->
                  Expect.equal api.Status 429 "status"
                  Expect.equal (defaultArg (Option.ofObj api.Code) "") "too_many_requests" "code"
                  Expect.equal api.TraceId "8f00aa-FRA" "trace id"
                  Expect.equal (api.RetryAfterSeconds.GetValueOrDefault -1) 30 "Retry-After"
              | other -> failtestf "expected Api, got %O" other

          testCase "a server that closes without answering gives Transport"
          <| fun () ->
              use server = serve (fun _ -> CloseWithoutAnswer)
              match (clientFor server).Users.GetUser "user_1" |> run |> expectFailure "closed" with
              | :? ClerkError.Transport as t -> Expect.isNotEmpty t.ExceptionType "exception type recorded"
              | other -> failtestf "expected Transport, got %O" other
              Expect.equal server.Received.Length 1 "the request arrived"

          testCase "a server that never answers gives Timeout after the configured time-out"
          <| fun () ->
              use server = serve (fun _ -> Hang)
              let client = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = server.Url, Timeout = TimeSpan.FromMilliseconds 200., Retry = Clerk.Functional.Transport.RetryPolicy.None))
              match client.Users.GetUser "user_1" |> run |> expectFailure "hang" with
              | :? ClerkError.Timeout as t -> Expect.equal t.After (TimeSpan.FromMilliseconds 200.) "the configured time-out"
              | other -> failtestf "expected Timeout, got %O" other 
          testList
              "what a server sends cannot hurt"
              [ let noRetry (server: Server) = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = server.Url, Retry = Clerk.Functional.Transport.RetryPolicy.None))
                for encoding in [ "gzip"; "deflate"; "br" ] do
                    testCase $"a plain body sent as Content-Encoding {encoding} is an undecodable response, not an exception"
                    <| fun () ->
                        use server = serve (fun _ -> Respond(200, [ "Content-Type", "application/json"; "Content-Encoding", encoding ], Encoding.UTF8.GetBytes """{"id":"user_1","object":"user"}"""))
                        match noRetry server |> fun c -> c.Users.GetUser "user_1" |> run with
                        | Failure(:? ClerkError.Undecodable as u) ->
                            Expect.equal u.Status 200 "status"
                            Expect.stringContains u.Reason "Content-Encoding" "says why"
                        | other -> failtestf "expected Undecodable, got %A" other

                testCase "a real gzip body still decodes"
                <| fun () ->
                    let plain = Encoding.UTF8.GetBytes """{"id":"user_1","object":"user"}"""
                    use packed = new IO.MemoryStream()
                    (using (new IO.Compression.GZipStream(packed, IO.Compression.CompressionLevel.Fastest, true)) (fun z -> z.Write(plain, 0, plain.Length)))
                    use server = serve (fun _ -> Respond(200, [ "Content-Type", "application/json"; "Content-Encoding", "gzip" ], packed.ToArray()))
                    let user = (noRetry server).Users.GetUser "user_1" |> run |> expectValue "gzip"
                    Expect.equal user.Id "user_1" "decoded"

                testCase "an error body, header or reason phrase that echoes the secret key never carries it into the error"
                <| fun () ->
                    let echoed = $"""{{"errors":[{{"code":"authorization_invalid","message":"bad key {testSecretKey}","long_message":"Bearer {testSecretKey} refused","meta":{{"param_name":"{testSecretKey}"}}}}],"clerk_trace_id":"t-{testSecretKey}"}}"""
                    use server = serve (fun _ -> RespondWithReason(401, $"Bad {testSecretKey}", [ "Content-Type", "application/json"; "CF-Ray", $"ray-{testSecretKey}" ], Encoding.UTF8.GetBytes echoed))
                    match (noRetry server).Users.GetUser "user_1" |> run |> expectFailure "401" with
                    | :? ClerkError.Api as api ->
                        Expect.equal api.StatusText "Bad [REDACTED]" "the reason phrase is scrubbed"
                        let everything = String.concat "\n" [ api.Message; api.ToString(); api.StatusText; api.TraceId; api.Errors[0].Message; api.Errors[0].LongMessage; api.Errors[0].Meta.ParamName; api.Errors[0].Meta.Raw.GetRawText(); string (Clerk.CSharp.ClerkException.From api); (Clerk.CSharp.ClerkException.From api).Message ]
                        Expect.isFalse (everything.Contains testSecretKey) $"no secret in: {everything}"
                        Expect.stringContains api.Errors[0].Message "[REDACTED]" "masked, the rest kept"
                        Expect.equal api.Errors[0].Code "authorization_invalid" "code kept"
                    | other -> failtestf "expected Api, got %O" other

                testCase "a negative Retry-After from the wire is no Retry-After"
                <| fun () ->
                    use server = serve (fun _ -> Respond(429, [ "Content-Type", "application/json"; "Retry-After", "-30" ], Encoding.UTF8.GetBytes "{}"))
                    match (noRetry server).Users.GetUser "user_1" |> run |> expectFailure "429" with
                    | :? ClerkError.Api as api -> Expect.isFalse api.RetryAfterSeconds.HasValue "no negative wait"
                    | other -> failtestf "expected Api, got %O" other

                testCase "a redirect is not followed: the 3xx is an API error and the other origin gets nothing"
                <| fun () ->
                    use other = serve (fun _ -> json 200 """{"id":"user_evil","object":"user"}""")
                    use server = serve (fun r -> Respond(302, [ "Location", other.Url + r.Target ], [||]))
                    match (noRetry server).Users.GetUser "user_1" |> run |> expectFailure "302" with
                    | :? ClerkError.Api as api -> Expect.equal api.Status 302 "the redirect status"
                    | other -> failtestf "expected Api, got %O" other
                    Expect.isEmpty other.Received "nothing reached the other origin"

                testCase "the answer from another origin is discarded when a caller's HttpClient follows a redirect"
                <| fun () ->
                    use other = serve (fun _ -> json 200 """{"id":"user_evil","object":"user"}""")
                    use server = serve (fun r -> Respond(307, [ "Location", other.Url + r.Target ], [||]))
                    use http = new Net.Http.HttpClient(new Net.Http.SocketsHttpHandler(AllowAutoRedirect = true))
                    let client = ClerkApi(ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = server.Url, Retry = Clerk.Functional.Transport.RetryPolicy.None), http)
                    match client.Users.GetUser "user_1" |> run |> expectFailure "redirected" with
                    | :? ClerkError.Transport as t -> Expect.stringContains t.Reason "another origin" "says why"
                    | other -> failtestf "expected Transport, got %O" other

                testCase "a caller's handler that follows redirects is refused before any request is sent"
                <| fun () ->
                    use server = serve (fun _ -> json 200 """{"id":"user_1","object":"user"}""")
                    let options = ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = server.Url, Retry = Clerk.Functional.Transport.RetryPolicy.None)
                    use follows = new Net.Http.SocketsHttpHandler()
                    let inner = new Net.Http.HttpClientHandler()
                    use wrapped = { new Net.Http.DelegatingHandler(inner) with member _.ToString() = "wrapped" }
                    for handler in [ follows :> Net.Http.HttpMessageHandler; wrapped ] do
                        match ClerkApi(options, handler).Users.GetUser "user_1" |> run |> expectFailure "follows redirects" with
                        | :? ClerkError.Configuration as c -> Expect.stringContains c.Reason "AllowAutoRedirect = false" "says what to do"
                        | other -> failtestf "expected Configuration, got %O" other
                    Expect.isEmpty server.Received "nothing was sent"
                    use safe = new Net.Http.SocketsHttpHandler(AllowAutoRedirect = false)
                    let user = ClerkApi(options, safe).Users.GetUser "user_1" |> run |> expectValue "no redirects"
                    Expect.equal user.Id "user_1" "a handler that does not follow redirects works" ] ]
