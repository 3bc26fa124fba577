/// Route: identifiers stay inside their path segment, whatever they contain.
module Clerk.Functional.Tests.RouteTests

open System
open Expecto
open FsCheck.FSharp
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

let private apiOptions = optionsFor "https://api.clerk.com"

let private isRejected (id: string) = String.IsNullOrEmpty id || id = "." || id = ".."

let private urlOf (route: Route) = HttpRequestBuilder.Url(apiOptions, ClerkRequest.Of(HttpVerb.Get, route))

/// The path segments of a URL, without the leading empty one.
let private segmentsOf (url: Uri) = url.AbsolutePath.Split('/') |> Array.skip 1

/// Checks the id property for one route builder; `extra` are the fixed words expected after the id.
let private checkId (build: string -> LanguageExt.Either<ClerkError, Route>) (extra: string list) (id: string) =
    match ofEither (build id) with
    | Error(:? ClerkError.InvalidArgument) ->
        Expect.isTrue (isRejected id) $"only null, empty, . and .. are rejected; rejected %A{id}"
    | Error other -> failtestf "expected InvalidArgument or a route for %A, got %O" id other
    | Ok route ->
        Expect.isFalse (isRejected id) $"%A{id} must be rejected"
        let url = urlOf route
        Expect.equal url.Scheme "https" "scheme"
        Expect.equal url.Host "api.clerk.com" "host"
        Expect.equal url.Query "" $"no query for %A{id} (url %s{url.AbsoluteUri})"
        Expect.equal url.Fragment "" $"no fragment for %A{id} (url %s{url.AbsoluteUri})"
        let segments = segmentsOf url
        Expect.equal segments.Length (3 + List.length extra) $"segments of %s{url.AbsolutePath} for %A{id}"
        Expect.equal segments[0] "v1" "first segment"
        Expect.equal segments[1] "users" "second segment"
        Expect.equal (Uri.UnescapeDataString segments[2]) id $"the id segment %s{segments[2]} unescapes to the id"
        Expect.equal (List.ofArray segments[3..]) extra "fixed words after the id"
        Expect.equal (route.Template) ("/users/{id}" + (extra |> List.map (fun w -> "/" + w) |> String.concat "")) "template"

/// Ids that are well-formed UTF-16 (the ones a URL can carry unchanged).
let private idArb = Arb.fromGen (idGen |> Gen.filter (fun id -> isNull id || isWellFormedUtf16 id))

/// Ids holding at least one lone surrogate, built at run time (an F# literal would hold U+FFFD instead).
let private illFormedIdGen =
    gen {
        let! prefix = idGen |> Gen.filter (fun id -> not (isNull id) && isWellFormedUtf16 id)
        let! surrogate = Gen.oneof [ Gen.choose (0xD800, 0xDBFF); Gen.choose (0xDC00, 0xDFFF) ]
        let! suffix = Gen.elements [ ""; "a"; "/"; "x y" ]
        return prefix + string (char surrogate) + suffix
    }

[<Tests>]
let tests =
    testList
        "Route"
        [ testPropertyWithConfig (config 500) "ThenId: InvalidArgument exactly for null/empty/./.., else 3 segments that unescape to the id"
          <| Prop.forAll idArb (checkId (fun id -> Route.Of("users").ThenId(id)) [])

          testPropertyWithConfig (config 300) "ThenId then a word: 4 segments, the id intact"
          <| Prop.forAll idArb (checkId (fun id -> Route.Of("users").ThenId(id).Then("metadata")) [ "metadata" ])

          testCase "hostile ids keep to their segment (examples)"
          <| fun () ->
              for id in [ "../admin"; "a/b"; "a?b=c"; "a#frag"; "%2F"; "50%"; "a b"; "ü/日本"; "..."; " . "; "😀" ] do
                  checkId (fun id -> Route.Of("users").ThenId(id)) [] id
              let url = Route.Of("users").ThenId("u/1?x#y") |> expectRight "route" |> urlOf
              Expect.equal url.AbsolutePath "/v1/users/u%2F1%3Fx%23y" "escaped path"

          testPropertyWithConfig (config 200) "an id with a lone surrogate is rejected, not silently sent as U+FFFD"
          <| Prop.forAll (Arb.fromGen illFormedIdGen) (fun id ->
              Expect.isFalse (isWellFormedUtf16 id) "the id really holds a lone surrogate"
              match ofEither (Route.Of("users").ThenId(id)) with
              | Error(:? ClerkError.InvalidArgument) -> ()
              | Error other -> failtestf "expected InvalidArgument, got %O" other
              | Ok route ->
                  let sent = Uri.UnescapeDataString((segmentsOf (urlOf route)).[2])
                  failtestf "%A was accepted and would be sent as %A (%s)" id sent (urlOf route).AbsolutePath)

          testCase "dot segments and empty ids are typed errors"
          <| fun () ->
              for id in [ null; ""; "."; ".." ] do
                  match Route.Of("users").ThenId(id) |> expectLeft $"%A{id}" with
                  | :? ClerkError.InvalidArgument -> ()
                  | other -> failtestf "expected InvalidArgument, got %O" other

          testPropertyWithConfig (config 200) "a query value with a lone surrogate is an InvalidArgument before any request is sent"
          <| Prop.forAll (Arb.fromGen illFormedIdGen) (fun value ->
              let runner = Clerk.Functional.Http.FakeRunner(fun _ -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(ClerkResponse.Json(200, "[]")))
              let client = Clerk.Functional.ClerkApi(apiOptions, runner)
              match client.Users.GetUserList(Clerk.Functional.Api.Users.GetUserListParams(Query = value)) |> run with
              | Failure(:? ClerkError.InvalidArgument as e) -> Expect.stringContains e.Reason "lone surrogate" "says why"
              | other -> failtestf "expected InvalidArgument, got %A" other
              Expect.isEmpty runner.Requests "nothing was sent")

          testCase "a failed route stays failed through Then and ThenId"
          <| fun () ->
              let failed = Route.Of("users").ThenId("")
              Expect.isTrue (failed.Then("metadata").ThenId("x").IsLeft) "still Left"

          testCase "routes are equal by value; the template hides ids"
          <| fun () ->
              let a = Route.Of("users").ThenId("user_1").Then("metadata") |> expectRight "a"
              let b = Route.Of("users").ThenId("user_1").Then("metadata") |> expectRight "b"
              let c = Route.Of("users").ThenId("user_2").Then("metadata") |> expectRight "c"
              Expect.equal a b "equal"
              Expect.notEqual a c "different id"
              Expect.equal (a.ToString()) "/users/{id}/metadata" "template"
              Expect.equal a.Escaped "/users/user_1/metadata" "escaped" ]
