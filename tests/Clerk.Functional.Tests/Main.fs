module Clerk.Functional.Tests.Main

open System
open System.Reflection
open System.Runtime.Versioning
open Expecto

/// The suite is built for net8.0 and net10.0 and must run on the runtime of the target it was built for.
let runtimeTests =
    testCase "the suite runs on the .NET runtime of the target it was built for"
    <| fun () ->
        let target = Assembly.GetExecutingAssembly().GetCustomAttribute<TargetFrameworkAttribute>().FrameworkName
        let major = System.Version(target.Substring(target.IndexOf "Version=v" + "Version=v".Length)).Major
        Expect.equal Environment.Version.Major major $"{target} on .NET {Environment.Version}"

let allTests =
    testList
        "Clerk.Functional"
        [ runtimeTests
          RouteTests.tests
          DecodeTests.tests
          HttpRequestBuilderTests.tests
          OptionsTests.tests
          ErrorTests.tests
          FixtureTests.tests
          UsersTests.tests
          LoopbackTests.tests
          RetryTests.tests
          RetryPropertyTests.tests
          FaultInjectionTests.tests
          RateLimitTests.tests
          PaginationTests.tests
          DiagnosticsTests.tests
          SampleTests.tests
          WebhookTests.tests
          AttackTests.tests
          JwtTests.tests
          JwksCacheTests.tests
          AuthObjectTests.tests
          PublishableKeyTests.tests
          MachineTokenTests.tests
          ReviewGapTests.tests
          AuthenticateRequestTests.tests
          InMemoryClerkTests.tests
          InMemoryClerkModelTests.tests ]

[<EntryPoint>]
let main argv = runTestsWithCLIArgs [] argv allTests
