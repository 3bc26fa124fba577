module Clerk.Functional.Tests.Main

open Expecto

let allTests =
    testList
        "Clerk.Functional"
        [ RouteTests.tests
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
          ReviewGapTests.tests
          AuthenticateRequestTests.tests ]

[<EntryPoint>]
let main argv = runTestsWithCLIArgs [] argv allTests
