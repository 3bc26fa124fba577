/// The users sub-API through the FakeRunner: request descriptions, composition, invalid ids, cancellation.
module Clerk.Functional.Tests.UsersTests

open System
open System.Text.Json
open System.Threading
open Expecto
open Clerk.Functional
open Clerk.Functional.Api
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Resources
open Clerk.Functional.Tests.Helpers

let private requestsOf (call: LanguageExt.Either<ClerkError, ApiCall<'T>>) = (expectRight "plan" call).Requests |> List.ofSeq

let private queryOf (r: ClerkRequest) = r.Query |> Seq.map (fun q -> q.Name, q.Value) |> List.ofSeq

let private jsonBody (r: ClerkRequest) =
    match r.Body with
    | :? RequestBody.Json as j -> j.Text
    | other -> failtestf "expected a JSON body, got %O" other

let private metadata (json: string) = Optional.Of(Nullable(JsonDocument.Parse(json).RootElement.Clone()))

let private invalidArgument (e: ClerkError) =
    match e with
    | :? ClerkError.InvalidArgument -> ()
    | other -> failtestf "expected InvalidArgument, got %O" other

/// A runner that answers `/users` with a one-user array and `/users/count` with 42.
let private listRunner () =
    fakeRunner (fun req ->
        match req.Path.Template with
        | "/users/count" -> jsonResponse 200 """{"object":"total_count","total_count":42}"""
        | "/users" -> jsonResponse 200 ("[" + userJson.Value + "]")
        | other -> jsonResponse 404 ("{\"errors\":[{\"code\":\"resource_not_found\",\"message\":\"" + other + "\"}]}"))

let private crashedWithCancellation (outcome: Outcome<'T>) =
    match outcome with
    | Crashed e -> Expect.isTrue (e.Is<OperationCanceledException>()) $"an OperationCanceledException, got %O{e}"
    | other -> failtestf "expected Fin.Fail, got %A" other

[<Tests>]
let tests =
    testList
        "Users"
        [ testCase "descriptions are equal by value for equal arguments"
          <| fun () ->
              Expect.equal (requestsOf (UsersRequests.GetUser "user_1")) (requestsOf (UsersRequests.GetUser "user_1")) "getUser"
              Expect.notEqual (requestsOf (UsersRequests.GetUser "user_1")) (requestsOf (UsersRequests.GetUser "user_2")) "a different id"
              let update () = UsersRequests.UpdateUser("user_1", UpdateUserParams(FirstName = Optional.Of "Ada", LastName = Optional.Of null))
              Expect.equal (requestsOf (update ())) (requestsOf (update ())) "updateUser"
              let image () = UsersRequests.UpdateUserProfileImage("user_1", UpdateUserProfileImageParams(File = FileUpload([| 1uy; 2uy; 3uy |], "a.png", "image/png")))
              Expect.equal (requestsOf (image ())) (requestsOf (image ())) "multipart bodies compare by bytes"
              let list () = UsersRequests.GetUserList(GetUserListParams(Limit = 10, EmailAddress = [| "a@example.com" |]))
              Expect.equal (requestsOf (list ())) (requestsOf (list ())) "getUserList"

          testCase "getUser sends GET /users/{id} and decodes the user"
          <| fun () ->
              let runner = jsonRunner 200 userJson.Value
              let user = ClerkApi(defaultOptions, runner).Users.GetUser "user_cafebabe" |> run |> expectValue "getUser"
              Expect.equal user.Id "user_cafebabe" "decoded"
              let sent = List.ofSeq runner.Requests
              Expect.equal sent.Length 1 "one request"
              Expect.equal (sent[0].Verb, sent[0].Path.Escaped) (HttpVerb.Get, "/users/user_cafebabe") "route"

          testCase "telemetry settings never add a request: enabled or disabled, only the API call is sent"
          <| fun () ->
              for disabled in [ false; true ] do
                  let runner = FakeRunner(fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(ClerkResponse.Json(200, userJson.Value)))
                  let options = Options.ClerkClientOptions(SecretKey = testSecretKey, Telemetry = Options.TelemetryOptions(Disabled = disabled, Debug = true))
                  ClerkApi(options, runner).Users.GetUser "user_cafebabe" |> run |> expectValue "getUser" |> ignore
                  Expect.equal (runner.Requests |> Seq.map (fun r -> r.Path.Template) |> List.ofSeq) [ "/users/{id}" ] $"disabled = {disabled}"

          testCase "getUserList sends /users with paging and /users/count without, and combines them"
          <| fun () ->
              let runner = listRunner ()
              let parameters =
                  GetUserListParams(Limit = 10, Offset = 20, OrderBy = "-created_at", EmailAddress = [| "a@example.com"; "b@example.com" |], Query = "john")
              let page = UsersApi(runner).GetUserList(parameters) |> run |> expectValue "getUserList"
              Expect.equal page.Data.Count 1 "data from /users"
              Expect.equal page.Data[0].Id "user_cafebabe" "the user"
              Expect.equal page.TotalCount 42L "total from /users/count"
              let sent = List.ofSeq runner.Requests
              Expect.equal sent.Length 2 "two requests"
              let list = sent |> List.find (fun r -> r.Path.Template = "/users")
              let count = sent |> List.find (fun r -> r.Path.Template = "/users/count")
              Expect.equal
                  (queryOf list)
                  [ "limit", "10"; "offset", "20"; "order_by", "-created_at"; "email_address", "a@example.com"; "email_address", "b@example.com"; "query", "john" ]
                  "list query: paging and filters"
              Expect.equal (queryOf count) [ "email_address", "a@example.com"; "email_address", "b@example.com"; "query", "john" ] "count query: filters only"
              Expect.equal (list.Verb, count.Verb) (HttpVerb.Get, HttpVerb.Get) "both GET"

          testCase "getUserList fails when either request fails"
          <| fun () ->
              let runner =
                  fakeRunner (fun req ->
                      if req.Path.Template = "/users/count" then jsonResponse 500 "{}" else jsonResponse 200 "[]")
              match UsersApi(runner).GetUserList() |> run |> expectFailure "count failed" with
              | :? ClerkError.Api as api -> Expect.equal api.Status 500 "the count's error"
              | other -> failtestf "expected Api, got %O" other

          testCase "updateUser with only metadata sends one PUT /users/{id}/metadata"
          <| fun () ->
              let runner = jsonRunner 200 userJson.Value
              let parameters = UpdateUserParams(PublicMetadata = metadata """{"plan":"pro"}""")
              UsersApi(runner).UpdateUser("user_1", parameters) |> run |> expectValue "updateUser" |> ignore
              let sent = List.ofSeq runner.Requests
              Expect.equal sent.Length 1 "one request"
              Expect.equal (sent[0].Verb, sent[0].Path.Escaped) (HttpVerb.Put, "/users/user_1/metadata") "PUT metadata"
              Expect.equal (jsonBody sent[0]) """{"public_metadata":{"plan":"pro"}}""" "metadata body"

          testCase "updateUser with fields and metadata sends PATCH, then PUT"
          <| fun () ->
              let runner = jsonRunner 200 userJson.Value
              let parameters = UpdateUserParams(FirstName = Optional.Of "Ada", PrivateMetadata = metadata "{}")
              UsersApi(runner).UpdateUser("user_1", parameters) |> run |> expectValue "updateUser" |> ignore
              let sent = List.ofSeq runner.Requests
              Expect.equal (sent |> List.map (fun r -> r.Verb, r.Path.Escaped)) [ HttpVerb.Patch, "/users/user_1"; HttpVerb.Put, "/users/user_1/metadata" ] "PATCH then PUT"
              Expect.equal (jsonBody sent[0]) """{"first_name":"Ada"}""" "PATCH body has no metadata"
              Expect.equal (jsonBody sent[1]) """{"private_metadata":{}}""" "PUT body"

          testCase "updateUser: unset members are left out, null is sent as null"
          <| fun () ->
              let call = UsersRequests.UpdateUser("user_1", UpdateUserParams(FirstName = Optional.Of "Ada", LastName = Optional.Of null))
              Expect.equal (jsonBody (requestsOf call).Head) """{"first_name":"Ada","last_name":null}""" "body"

          testCase "an empty, . or .. id sends nothing and gives InvalidArgument"
          <| fun () ->
              for id in [ ""; null; "."; ".." ] do
                  let runner = jsonRunner 200 userJson.Value
                  let users = UsersApi(runner)
                  users.GetUser id |> run |> expectFailure "getUser" |> invalidArgument
                  users.UpdateUser(id, UpdateUserParams(FirstName = Optional.Of "Ada")) |> run |> expectFailure "updateUser" |> invalidArgument
                  users.DeleteUser id |> run |> expectFailure "deleteUser" |> invalidArgument
                  users.UpdateUserMetadata(id, UserMetadataParams()) |> run |> expectFailure "updateUserMetadata" |> invalidArgument
                  Expect.isEmpty runner.Requests $"nothing sent for %A{id}"
                  UsersRequests.GetUser id |> expectLeft "description" |> invalidArgument

          testCase "a cancelled token fails the effect (Fin.Fail), not a ClerkError, and sends nothing"
          <| fun () ->
              use cts = new CancellationTokenSource()
              cts.Cancel()
              let runner = jsonRunner 200 userJson.Value
              let users = UsersApi(runner)
              users.GetUser("user_1", cts.Token) |> run |> crashedWithCancellation
              users.GetUserList(null, cts.Token) |> run |> crashedWithCancellation
              users.UpdateUser("user_1", UpdateUserParams(FirstName = Optional.Of "A", PublicMetadata = metadata "{}"), cts.Token) |> run |> crashedWithCancellation
              Expect.isEmpty runner.Requests "nothing sent"

          testCase "a cancelled token through the live runner also fails the effect"
          <| fun () ->
              use cts = new CancellationTokenSource()
              cts.Cancel()
              ClerkApi(optionsFor "http://127.0.0.1:1").Users.GetUser("user_1", cts.Token) |> run |> crashedWithCancellation

          testCase "runner errors and API errors come back as ClerkError"
          <| fun () ->
              let refused = FakeRunner(fun _ -> LanguageExt.Prelude.Left<ClerkError, ClerkResponse>(ClerkError.Transport("refused", "HttpRequestException")))
              match UsersApi(refused).GetUser "user_1" |> run |> expectFailure "transport" with
              | :? ClerkError.Transport -> ()
              | other -> failtestf "expected Transport, got %O" other
              let notFound = jsonRunner 404 """{"errors":[{"code":"resource_not_found","message":"not found"}],"clerk_trace_id":"t"}"""
              match UsersApi(notFound).DeleteUser "user_1" |> run |> expectFailure "404" with
              | :? ClerkError.Api as api -> Expect.equal (api.Status, defaultArg (Option.ofObj api.Code) "", api.TraceId) (404, "resource_not_found", "t") "api error"
              | other -> failtestf "expected Api, got %O" other

          testCase "deleteUser and getCount decode their answers"
          <| fun () ->
              let deleted = UsersApi(jsonRunner 200 """{"object":"user","id":"user_1","deleted":true}""").DeleteUser "user_1" |> run |> expectValue "delete"
              Expect.isTrue deleted.Deleted "deleted"
              let runner = jsonRunner 200 """{"object":"total_count","total_count":3}"""
              let n = UsersApi(runner).GetCount(UserCountParams(Banned = false)) |> run |> expectValue "count"
              Expect.equal n 3L "count"
              Expect.equal (queryOf runner.Requests.[0]) [ "banned", "false" ] "false is sent for banned"

          testCase "updateUserProfileImage sends one multipart part named file"
          <| fun () ->
              let runner = jsonRunner 200 userJson.Value
              let file = FileUpload([| 1uy; 2uy |])
              UsersApi(runner).UpdateUserProfileImage("user_1", UpdateUserProfileImageParams(File = file)) |> run |> expectValue "upload" |> ignore
              match runner.Requests.[0].Body with
              | :? RequestBody.Multipart as m ->
                  let part = m.Parts.[0]
                  Expect.equal (part.Name, part.FileName, part.ContentType) ("file", "blob", "application/octet-stream") "defaults like a JavaScript Blob"
                  Expect.equal (part.Content.ToArray()) [| 1uy; 2uy |] "bytes"
              | other -> failtestf "expected multipart, got %O" other ]
