/// Streaming pagination against a fake backend holding N items: every item exactly once and in order, the number of
/// requests, the total fetched only when asked, errors and cancellation between pages, and the C# facade's stream.
module Clerk.Functional.Tests.PaginationTests

open System
open System.Threading
open System.Threading.Tasks
open FsCheck
open FsCheck.FSharp
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Pagination
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators
open Clerk.Functional.Tests.TransportSupport

/// A fake backend with `n` users (`user_0` ...) and `n` memberships for any user. `GET /users` answers a bare array
/// (as Clerk does) for `limit`/`offset` from the query (Clerk's default limit is 10); the membership list answers
/// `{data, total_count}`. A page whose offset is at or past `failFrom` answers 400.
type private Backend(n: int, ?failFrom: int) =
    let countRequests = ref 0
    let param (request: ClerkRequest) (name: string) (fallback: int) =
        request.Query |> Seq.tryFind (fun q -> q.Name = name) |> Option.map (fun q -> int q.Value) |> Option.defaultValue fallback
    let window (request: ClerkRequest) =
        let limit = param request "limit" 10
        let offset = param request "offset" 0
        offset, [ offset .. min n (offset + limit) - 1 ]
    let failing offset = failFrom |> Option.exists (fun f -> offset >= f)
    let runner =
        FakeRunner(fun request ->
            let answer =
                match request.Path.Template with
                | "/users/count" ->
                    Interlocked.Increment countRequests |> ignore
                    jsonResponse 200 $"""{{"object":"total_count","total_count":%d{n}}}"""
                | "/users" ->
                    match window request with
                    | offset, _ when failing offset -> jsonResponse 400 """{"errors":[{"code":"page_failed","message":"no"}]}"""
                    | _, ids -> jsonResponse 200 ("[" + String.Join(",", ids |> List.map (fun i -> $"""{{"object":"user","id":"user_%d{i}"}}""")) + "]")
                | "/users/{id}/organization_memberships" ->
                    match window request with
                    | offset, _ when failing offset -> jsonResponse 400 """{"errors":[{"code":"page_failed","message":"no"}]}"""
                    | _, ids ->
                        let data = String.Join(",", ids |> List.map (fun i -> $"""{{"object":"organization_membership","id":"orgmem_%d{i}","role":"org:member"}}"""))
                        jsonResponse 200 $"""{{"data":[%s{data}],"total_count":%d{n}}}"""
                | other -> failwithf "unexpected route %s" other
            LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(answer))

    member _.Runner = runner
    member _.Client = ClerkApi(optionsFor ClerkClientOptions.DefaultApiUrl, runner)

    /// The list requests (not the count), as (limit, offset); -1 for a missing limit, 0 for a missing offset (zero is not sent).
    member _.PageRequests =
        runner.Requests
        |> Seq.filter (fun r -> r.Path.Template <> "/users/count")
        |> Seq.map (fun r -> param r "limit" -1, param r "offset" 0)
        |> List.ofSeq

    member _.CountRequests = countRequests.Value

/// The rule asserted: a list without a total (GET /users, a bare array) ends after the first page shorter than the
/// page size, so N items in pages of p take floor(N / p) + 1 requests (a full last page is followed by an empty one);
/// a list that reports total_count ends when the total is reached, so it takes max(1, ceil(N / p)) requests.
let requestsWithoutTotal (n: int) (p: int) = n / p + 1

let requestsWithTotal (n: int) (p: int) = max 1 ((n + p - 1) / p)

let private ids (prefix: string) (n: int) = [ for i in 0 .. n - 1 -> $"%s{prefix}%d{i}" ]

let private rights (items: LanguageExt.Either<ClerkError, 'T> list) =
    items |> List.map (fun e -> ofEither e |> function
                                        | Ok v -> v
                                        | Error err -> failtestf "unexpected Left %O" err)

let private caseGen =
    Gen.zip (Gen.frequency [ 1, Gen.elements [ 0; 1; 499; 500; 501; 1000; 1200 ]; 3, Gen.choose (0, 1200) ])
        (Gen.frequency [ 1, Gen.constant None; 1, Gen.elements [ Some 1; Some 2; Some 500 ]; 4, Gen.choose (1, 500) |> Gen.map Some ])

let private pageSizeOf (limit: int option) = limit |> Option.defaultValue 500

let private paramsOf (limit: int option) =
    match limit with
    | Some l -> GetUserListParams(Limit = l)
    | None -> GetUserListParams()

let private userItemsOnce (n: int, limit: int option) =
    let backend = Backend n
    let pager = backend.Client.Users.GetUserListAutoPaging(paramsOf limit)
    let p = pageSizeOf limit
    Expect.equal pager.PageSize p "the page size (500 by default)"
    let items = pager.Items() |> toListAsync |> within |> rights |> List.map (fun u -> u.Id)
    Expect.equal items (ids "user_" n) "each item exactly once, in order"
    Expect.equal backend.PageRequests.Length (requestsWithoutTotal n p) "floor(N / p) + 1 requests"
    Expect.equal backend.PageRequests [ for i in 0 .. requestsWithoutTotal n p - 1 -> p, i * p ] "limit p at offsets 0, p, 2p, ..."
    Expect.equal backend.CountRequests 0 "the total was not asked for"

let private userPagesOnce (n: int, limit: int option) =
    let backend = Backend n
    let p = pageSizeOf limit
    let pages = backend.Client.Users.GetUserListAutoPaging(paramsOf limit).Pages() |> toListAsync |> within |> rights
    Expect.all pages (fun page -> page.Count > 0 && page.Count <= p) "non-empty pages of at most p items"
    Expect.equal (pages |> List.collect (fun page -> page |> Seq.map (fun u -> u.Id) |> List.ofSeq)) (ids "user_" n) "each item exactly once, in order"
    Expect.equal pages.Length ((n + p - 1) / p) "ceil(N / p) non-empty pages"
    let all = backend.Client.Users.GetUserListAutoPaging(paramsOf limit).All() |> run |> expectValue "All"
    Expect.equal (all |> Seq.map (fun u -> u.Id) |> List.ofSeq) (ids "user_" n) "All: each item exactly once, in order"

let private membershipsOnce (n: int, limit: int option) =
    let backend = Backend n
    let p = pageSizeOf limit
    let parameters =
        match limit with
        | Some l -> GetUserOrganizationMembershipListParams(UserId = "user_1", Limit = l)
        | None -> GetUserOrganizationMembershipListParams(UserId = "user_1")
    let items = backend.Client.Users.GetOrganizationMembershipListAutoPaging(parameters).Items() |> toListAsync |> within |> rights
    Expect.equal (items |> List.map (fun m -> m.Id)) (ids "orgmem_" n) "each item exactly once, in order"
    Expect.equal backend.PageRequests.Length (requestsWithTotal n p) "max(1, ceil(N / p)) requests"

[<Tests>]
let tests =
    testList
        "Pagination"
        [ testPropertyWithConfig (config 60) "GetUserListAutoPaging().Items(): each user exactly once, in order; floor(N/p)+1 requests"
          <| Prop.forAll (Arb.fromGen caseGen) userItemsOnce

          testPropertyWithConfig (config 40) "GetUserListAutoPaging().Pages() and .All(): the same items"
          <| Prop.forAll (Arb.fromGen caseGen) userPagesOnce

          testPropertyWithConfig (config 60) "GetOrganizationMembershipListAutoPaging (with total_count): each item exactly once; max(1, ceil(N/p)) requests"
          <| Prop.forAll (Arb.fromGen caseGen) membershipsOnce

          testCase "the request-count rule at the edges"
          <| fun () ->
              for (n, p, without, withTotal) in [ 0, 500, 1, 1; 1, 500, 1, 1; 500, 500, 2, 1; 501, 500, 2, 2; 1000, 500, 3, 2; 7, 3, 3, 3; 6, 3, 3, 2 ] do
                  userItemsOnce (n, Some p)
                  membershipsOnce (n, Some p)
                  Expect.equal (requestsWithoutTotal n p, requestsWithTotal n p) (without, withTotal) $"N={n} p={p}"

          testCase "a start offset: the items from there on"
          <| fun () ->
              let backend = Backend 25
              let items = backend.Client.Users.GetUserListAutoPaging(GetUserListParams(Offset = 20, Limit = 3)).Items() |> toListAsync |> within |> rights
              Expect.equal (items |> List.map (fun u -> u.Id)) [ for i in 20..24 -> $"user_%d{i}" ] "items 20 to 24"
              Expect.equal backend.PageRequests [ 3, 20; 3, 23 ] "offsets 20 and 23"

          testCase "/users/count is requested only when TotalCount() is called"
          <| fun () ->
              let backend = Backend 42
              let pager = backend.Client.Users.GetUserListAutoPaging(GetUserListParams(Limit = 10))
              Expect.equal backend.Runner.Requests.Count 0 "creating the pager sends nothing"
              pager.Items() |> toListAsync |> within |> ignore
              Expect.equal backend.CountRequests 0 "streaming does not ask for the total"
              let total = pager.TotalCount() |> run |> expectValue "total"
              Expect.equal total 42L "the total"
              Expect.equal backend.CountRequests 1 "asked once"

          testCase "a failing page: the earlier items, then one Left at the end"
          <| fun () ->
              let backend = Backend(100, failFrom = 30)
              let pager = backend.Client.Users.GetUserListAutoPaging(GetUserListParams(Limit = 10))
              let items = pager.Items() |> toListAsync |> within
              Expect.equal items.Length 31 "30 items and one error"
              Expect.equal (items |> List.take 30 |> rights |> List.map (fun u -> u.Id)) (ids "user_" 30) "the items before the failing page"
              match ofEither (List.last items) with
              | Error(:? ClerkError.Api as api) -> Expect.equal (api.Status, defaultArg (Option.ofObj api.Code) "") (400, "page_failed") "the page's error"
              | other -> failtestf "expected a Left Api at the end, got %A" other
              Expect.equal backend.PageRequests.Length 4 "no request after the failure"
              let pages = pager.Pages() |> toListAsync |> within
              Expect.equal pages.Length 4 "three pages and one error"
              Expect.isTrue (List.last pages).IsLeft "the error last"
              match pager.All() |> run with
              | Failure(:? ClerkError.Api as api) -> Expect.equal api.Status 400 "All returns the error"
              | other -> failtestf "expected the error from All, got %A" other
              let memberships = backend.Client.Users.GetOrganizationMembershipListAutoPaging(GetUserOrganizationMembershipListParams(UserId = "user_1", Limit = 10)).Items() |> toListAsync |> within
              Expect.equal memberships.Length 31 "memberships: 30 items and one error"
              Expect.isTrue (List.last memberships).IsLeft "the error last"

          testCase "cancellation between pages stops the stream with OperationCanceledException"
          <| fun () ->
              let backend = Backend 100
              use cts = new CancellationTokenSource()
              let pager = backend.Client.Users.GetUserListAutoPaging(GetUserListParams(Limit = 10))
              let e = pager.Items(cts.Token).GetAsyncEnumerator()
              try
                  for i in 0..9 do
                      Expect.isTrue (e.MoveNextAsync().AsTask() |> within) $"item {i}"
                  Expect.equal backend.PageRequests.Length 1 "one page fetched"
                  cts.Cancel()
                  let next = e.MoveNextAsync().AsTask()
                  let cancelled =
                      try
                          next |> within |> ignore
                          false
                      with :? OperationCanceledException -> true
                  Expect.isTrue cancelled "the next page is not fetched: OperationCanceledException"
                  Expect.equal backend.PageRequests.Length 1 "still one page"
              finally
                  try e.DisposeAsync().AsTask().Wait() with _ -> ()

          testCase "a cancelled token before the first page sends nothing"
          <| fun () ->
              let backend = Backend 10
              use cts = new CancellationTokenSource()
              cts.Cancel()
              let raised =
                  try
                      backend.Client.Users.GetUserListAutoPaging().Items(cts.Token) |> toListAsync |> within |> ignore
                      false
                  with :? OperationCanceledException -> true
              Expect.isTrue raised "OperationCanceledException"
              Expect.equal backend.Runner.Requests.Count 0 "nothing sent"

          testCase "facade: GetUserListAutoPagingAsync yields the same items, and throws ClerkApiResponseException on a failing page"
          <| fun () ->
              let backend = Backend 1234
              let facade = Clerk.CSharp.ClerkClient(backend.Client)
              let users = facade.Users.GetUserListAutoPagingAsync() |> toListAsync |> within
              Expect.equal (users |> List.map (fun u -> u.Id)) (ids "user_" 1234) "every user once, in order"
              Expect.equal backend.PageRequests [ 500, 0; 500, 500; 500, 1000 ] "pages of 500"
              let failing = Backend(100, failFrom = 20)
              let e = Clerk.CSharp.ClerkClient(failing.Client).Users.GetUserListAutoPagingAsync(GetUserListParams(Limit = 10)).GetAsyncEnumerator()
              let seen = ResizeArray<string>()
              let error =
                  try
                      try
                          while e.MoveNextAsync().AsTask() |> within do
                              seen.Add e.Current.Id
                          None
                      with :? Clerk.CSharp.ClerkApiResponseException as ex -> Some ex
                  finally
                      e.DisposeAsync().AsTask().Wait()
              Expect.equal (List.ofSeq seen) (ids "user_" 20) "the items before the failing page"
              match error with
              | Some ex -> Expect.equal (ex.Status, ex.Code) (400, "page_failed") "the page's error"
              | None -> failtest "expected ClerkApiResponseException" ]
