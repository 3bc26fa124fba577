/// The F# sample (samples/FSharp/QuickStart.fs) against a FakeRunner.
module Clerk.Functional.Tests.SampleTests

open Expecto
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Tests.Helpers
open Clerk.Samples

[<Tests>]
let tests =
    testList
        "Sample"
        [ testCase "every code block of the README is a whole sample file, and every sample file is in the README (the quickstarts run in tests/quickstart)"
          <| fun () ->
              let root = repositoryRoot ()
              let readme = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "README.md")).Replace("\r\n", "\n")
              let blocks =
                  System.Text.RegularExpressions.Regex.Matches(readme, "```(csharp|fsharp)\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline)
                  |> Seq.map (fun m -> m.Groups[2].Value.Trim())
                  |> List.ofSeq
              let samples =
                  [ for folder, pattern in [ "CSharp", "*.cs"; "FSharp", "*.fs" ] do
                        for path in System.IO.Directory.GetFiles(System.IO.Path.Combine(root, "samples", folder), pattern) do
                            System.IO.Path.GetRelativePath(root, path), System.IO.File.ReadAllText(path).Replace("\r\n", "\n").Trim() ]
              Expect.isGreaterThanOrEqual blocks.Length 5 "the README has its code blocks"
              for block in blocks do
                  Expect.isTrue (samples |> List.exists (fun (_, text) -> text = block)) $"a README block is not a whole sample file:\n{block}"
              for (path, text) in samples do
                  Expect.isTrue (List.contains text blocks) $"{path} is not shown whole in the README"

          testCase "upgradePlan gets the user, then merges the plan into public metadata"
          <| fun () ->
              let runner = jsonRunner 200 userJson.Value
              let clerk = ClerkApi(defaultOptions, runner)
              let user = QuickStart.upgradePlan clerk "user_cafebabe" "pro" |> run |> expectValue "upgradePlan"
              Expect.equal user.Id "user_cafebabe" "the updated user"
              let sent = List.ofSeq runner.Requests
              Expect.equal (sent |> List.map (fun r -> r.Verb, r.Path.Escaped)) [ HttpVerb.Get, "/users/user_cafebabe"; HttpVerb.Patch, "/users/user_cafebabe/metadata" ] "GET, then PATCH"
              match sent[1].Body with
              | :? RequestBody.Json as body -> Expect.equal body.Text """{"public_metadata":{"plan":"pro"}}""" "merge body"
              | other -> failtestf "expected JSON, got %O" other

          testCase "a failed first step skips the second"
          <| fun () ->
              let runner = jsonRunner 404 """{"errors":[{"code":"resource_not_found","message":"not found"}]}"""
              let clerk = ClerkApi(defaultOptions, runner)
              match QuickStart.upgradePlan clerk "user_missing" "pro" |> run |> expectFailure "404" with
              | :? ClerkError.Api as api -> Expect.equal api.Status 404 "status"
              | other -> failtestf "expected Api, got %O" other
              Expect.equal runner.Requests.Count 1 "only the GET was sent"

          testCase "describe and toResult"
          <| fun () ->
              let ok = QuickStart.describe (ClerkApi(defaultOptions, jsonRunner 200 userJson.Value)) "user_cafebabe"
              Expect.equal (ok.GetAwaiter().GetResult()) "John Doe is now on the pro plan" "success"
              let missing = QuickStart.describe (ClerkApi(defaultOptions, jsonRunner 404 "{}")) "user_x"
              Expect.equal (missing.GetAwaiter().GetResult()) "No user user_x" "404"
              let result = QuickStart.toResult (ClerkApi(defaultOptions, jsonRunner 200 "{}").Users.GetUser "") |> fun t -> t.GetAwaiter().GetResult()
              match result with
              | Error(:? ClerkError.InvalidArgument) -> ()
              | other -> failtestf "expected Error InvalidArgument, got %A" other ]
