/// ClerkClientOptions: defaults, validation, environment, redaction.
module Clerk.Functional.Tests.OptionsTests

open System
open Expecto
open Clerk.Functional.Errors
open Clerk.Functional.Options
open Clerk.Functional.Tests.Helpers

let private configurationError (options: ClerkClientOptions) =
    match options.Validate() |> expectLeft "Validate" with
    | :? ClerkError.Configuration as c -> c.Message
    | other -> failtestf "expected Configuration, got %O" other

[<Tests>]
let tests =
    testList
        "ClerkClientOptions"
        [ testCase "defaults"
          <| fun () ->
              let o = ClerkClientOptions()
              Expect.equal o.ApiUrl "https://api.clerk.com" "apiUrl"
              Expect.equal o.ApiVersion "v1" "apiVersion"
              Expect.equal o.Timeout (TimeSpan.FromSeconds 30.) "timeout"
              Expect.isNull o.SecretKey "no key"
              Expect.isFalse o.Telemetry.Disabled "telemetry"
              Expect.equal o.Telemetry.SamplingRate 1.0 "sampling rate"
              Expect.equal ClerkClientOptions.ClerkApiVersionHeader "2026-05-12" "API version header"

          testCase "Validate accepts good options and trims the API root's trailing slash"
          <| fun () ->
              let valid =
                  ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = "https://api.clerk.com///", ProxyUrl = "/__clerk", Timeout = Threading.Timeout.InfiniteTimeSpan).Validate()
                  |> expectRight "valid"
              Expect.equal valid.ApiUrl "https://api.clerk.com" "trimmed"
              Expect.isTrue (ClerkClientOptions().Validate()).IsRight "no key is valid (OptionalSecretKey routes)"

          testCase "Validate names every problem at once"
          <| fun () ->
              let message =
                  configurationError (ClerkClientOptions(SecretKey = "sk_test bad", ApiUrl = "nope", ApiVersion = "v1/x", Timeout = TimeSpan.Zero))
              for expected in [ "secret key is malformed"; "apiUrl"; "apiVersion"; "timeout" ] do
                  Expect.stringContains message expected "problem listed"

          testCase "IsWellFormedKey"
          <| fun () ->
              Expect.isTrue (ClerkClientOptions.IsWellFormedKey("sk_test_abc", "sk_")) "good"
              for bad in [ "sk_"; "pk_test_abc"; "sk_test abc"; "sk_test_abc\n"; "" ] do
                  Expect.isFalse (ClerkClientOptions.IsWellFormedKey(bad, "sk_")) $"%A{bad}"

          testCase "FromEnvironment reads CLERK_* variables; empty means unset"
          <| fun () ->
              let env =
                  dict
                      [ "CLERK_SECRET_KEY", " sk_test_env "
                        "CLERK_MACHINE_SECRET_KEY", ""
                        "CLERK_API_URL", "https://example.test"
                        "CLERK_IS_SATELLITE", "true"
                        "CLERK_AUDIENCE", "a, b,,c"
                        "CLERK_TELEMETRY_DISABLED", "1" ]
              let o = ClerkClientOptions.FromEnvironment(fun name -> match env.TryGetValue name with | true, v -> v | _ -> null)
              Expect.equal o.SecretKey "sk_test_env" "trimmed"
              Expect.isNull o.MachineSecretKey "empty is unset"
              Expect.equal o.ApiUrl "https://example.test" "apiUrl"
              Expect.equal o.ApiVersion "v1" "default apiVersion"
              Expect.isTrue o.IsSatellite "flag"
              Expect.equal (List.ofSeq o.Audience) [ "a"; "b"; "c" ] "audience"
              Expect.isTrue o.Telemetry.Disabled "telemetry disabled"

          testCase "ToString redacts secrets and shows the rest"
          <| fun () ->
              let o = ClerkClientOptions(SecretKey = testSecretKey, MachineSecretKey = "ak_machine_secret", JwtKey = "-----BEGIN PUBLIC KEY-----x", PublishableKey = "pk_test_pub")
              let text = o.ToString()
              for secret in [ testSecretKey; "ak_machine_secret"; "BEGIN PUBLIC KEY" ] do
                  Expect.isFalse (text.Contains secret) $"hides %s{secret}"
              Expect.stringContains text "SecretKey = (redacted)" "redacted"
              Expect.stringContains text "PublishableKey = pk_test_pub" "publishable key shown"
              Expect.stringContains (ClerkClientOptions(SecretKey = "").ToString()) "SecretKey = (empty)" "empty"

          testCase "a time-out too long for a timer is a ClerkError, not a crashed effect"
          <| fun () ->
              for timeout in [ TimeSpan.FromDays 60.; TimeSpan.MaxValue ] do
                  let options = ClerkClientOptions(SecretKey = testSecretKey, ApiUrl = "http://127.0.0.1:1", Timeout = timeout)
                  match Clerk.Functional.ClerkApi(options).Users.GetUser "user_1" |> run with
                  | Failure(:? ClerkError.Configuration as e) -> Expect.stringContains e.Reason "timeout" "names the option"
                  | other -> failtestf "Timeout = %O: expected a Configuration error before sending, got %A" timeout other

          testCase "options are equal by value"
          <| fun () -> Expect.equal (optionsFor "https://a.test") (optionsFor "https://a.test") "equal" ]
