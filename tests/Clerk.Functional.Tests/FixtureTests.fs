/// Fixtures: @clerk/backend's user.json and the 50 users generated from the OpenAPI spec decode faithfully.
module Clerk.Functional.Tests.FixtureTests

open System
open System.IO
open System.Text.Json
open Expecto
open Clerk.Functional.Http
open Clerk.Functional.Json
open Clerk.Functional.Resources
open Clerk.Functional.Tests.Helpers

let private decodeUser (json: string) =
    Decode.Json(ClerkJsonContext.Default.User).Invoke(jsonResponse 200 json) |> expectRight "decode"

let private clerkJavascriptUser () =
    let u = decodeUser userJson.Value
    Expect.equal u.Id "user_cafebabe" "id"
    Expect.equal u.Object "user" "object"
    Expect.isNull u.Username "username null"
    Expect.equal (u.FirstName, u.LastName) ("John", "Doe") "names"
    Expect.equal u.FullName "John Doe" "full name"
    Expect.equal u.ProfileImageUrl "https://clerk.com/test.jpg" "profile image url"
    Expect.equal u.ImageUrl "https://clerk.com" "image url"
    Expect.equal (u.PrimaryEmailAddressId, u.PrimaryPhoneNumberId, u.PrimaryWeb3WalletId) ("idn_email_address", "idn_phone_number", "idn_metamask") "primary ids"
    Expect.equal (u.PasswordEnabled, u.TwoFactorEnabled, u.Banned, u.Locked) (false, true, false, false) "flags"
    Expect.equal (u.CreatedAt, u.UpdatedAt) (ms 1611948436L, ms 1611948436L) "timestamps"
    Expect.isFalse u.LastSignInAt.HasValue "last sign-in absent"

    Expect.equal u.EmailAddresses.Count 1 "one email"
    let email = u.EmailAddresses[0]
    Expect.equal (email.Id, email.Object, email.Address, email.Reserved) ("idn_email_address", "email_address", "john.doe@clerk.test", true) "email"
    Expect.equal email.Verification.Status VerificationStatus.Verified "email verified"
    Expect.equal email.Verification.Strategy.Value "from_oauth_google" "email strategy"
    Expect.equal email.Verification.Attempts (Nullable 1L) "attempts"
    Expect.equal email.Verification.ExpireAt (Nullable(ms 1613831855L)) "expire at"
    Expect.isNull email.Verification.ExternalVerificationRedirectUrl "redirect url null"
    Expect.equal (email.LinkedTo |> Seq.map (fun l -> l.Type, l.Id) |> List.ofSeq) [ "oauth_google", "idn_email_address" ] "linked to"
    Expect.equal (email.CreatedAt, email.UpdatedAt) (ms 1611948436L, ms 1611948436L) "email timestamps"
    Expect.equal u.PrimaryEmailAddress email "primary email resolves"

    Expect.equal u.PhoneNumbers.Count 1 "one phone"
    let phone = u.PhoneNumbers[0]
    Expect.equal (phone.Id, phone.Number, phone.Reserved) ("idn_phone_number", "+311-555-2368", true) "phone"
    Expect.equal phone.ReservedForSecondFactor (Nullable false) "reserved for second factor"
    Expect.equal phone.Verification.Status VerificationStatus.Verified "phone verified"
    Expect.equal phone.Verification.Strategy VerificationStrategy.PhoneCode "phone strategy"
    Expect.isEmpty phone.LinkedTo "no links"
    Expect.equal u.PrimaryPhoneNumber phone "primary phone resolves"

    Expect.equal u.Web3Wallets.Count 1 "one wallet"
    let wallet = u.Web3Wallets[0]
    Expect.equal (wallet.Id, wallet.Address) ("idn_metamask", "0x0000000000000000000000000000000000000000") "wallet"
    Expect.equal wallet.Verification.Strategy.Value "web3_metamask_signature" "wallet strategy"
    Expect.equal wallet.Verification.Nonce "l6i2keszfr0yftb0aghwxye8xdxmec2x4m86elc5" "nonce"
    Expect.equal wallet.Verification.ExpireAt (Nullable(ms 1642762718086L)) "millisecond expiry"

    Expect.equal u.ExternalAccounts.Count 2 "two external accounts"
    let google, github = u.ExternalAccounts[0], u.ExternalAccounts[1]
    Expect.equal (google.Object, google.Provider, google.Id) ("google_account", "google", "idn_2abcGoogleIdentification00000") "google"
    Expect.equal google.ExternalAccountId "eac_2abcGoogleExternalAccount0000" "eac id"
    Expect.equal google.ProviderUserId "1234567890" "provider user id"
    Expect.stringStarts google.ApprovedScopes "email https://www.googleapis.com/auth/userinfo.email" "scopes"
    Expect.equal (google.EmailAddress, google.Username, google.PhoneNumber) ("john.doe@clerk.test", "jdoe", "+306900000000") "google details"
    Expect.equal google.AvatarUrl "https://clerk.com/test.jpg" "avatar"
    Expect.isNull google.Verification "verification null"
    Expect.equal google.PublicMetadata.ValueKind JsonValueKind.Object "metadata object"
    Expect.equal (github.Object, github.Provider, github.Id) ("external_account", "github", "eac_2defGithubExternalAccount0000") "github"
    Expect.isNull github.ExternalAccountId "no eac id"
    Expect.isNull github.PhoneNumber "no phone"

    Expect.equal u.EnterpriseAccounts.Count 1 "one enterprise account"
    let ea = u.EnterpriseAccounts[0]
    Expect.equal (ea.Id, ea.Provider, ea.Active, ea.ProviderUserId) ("ea_okta", "saml_okta", true, "okta_user_123") "enterprise account"
    Expect.equal ea.Protocol (Nullable EnterpriseProtocol.Saml) "protocol"
    Expect.equal ea.Verification.Strategy VerificationStrategy.Saml "saml strategy"
    Expect.isFalse ea.Verification.Attempts.HasValue "attempts null"
    Expect.equal ea.EnterpriseConnection.Name "Okta SSO" "connection"
    Expect.equal ea.EnterpriseConnection.Domain "clerk.test" "connection domain"
    Expect.equal ea.LastAuthenticatedAt (Nullable(ms 1611948436L)) "last authenticated"

    Expect.equal u.SamlAccounts.Count 1 "one SAML account"
    Expect.equal (u.SamlAccounts[0].Id, u.SamlAccounts[0].Provider) ("samlacc_microsoft", "saml_microsoft") "SAML account"
    Expect.isNull u.SamlAccounts[0].ProviderUserId "SAML provider user id null"

    Expect.equal (u.PublicMetadata.GetProperty("zodiac_sign").GetString()) "leo" "public metadata member"
    Expect.equal u.PrivateMetadata.ValueKind JsonValueKind.Object "private metadata"
    Expect.equal (u.PrivateMetadata.EnumerateObject() |> Seq.length) 0 "private metadata empty"
    Expect.equal (u.UnsafeMetadata.GetRawText()) "{}" "absent unsafe metadata reads as {}"

// ---------------------------------------------------------------- generated users

let private generatedFiles () =
    Directory.GetFiles(Path.Combine(fixturesDir, "users"), "user-*.json") |> Array.sort

/// The length of an array member, or None when absent or null.
let private arrayLength (root: JsonElement) (name: string) =
    match root.TryGetProperty name with
    | true, v when v.ValueKind = JsonValueKind.Array -> Some(v.GetArrayLength())
    | _ -> None

let private count (list: Collections.Generic.IReadOnlyList<'T>) = if isNull list then None else Some list.Count

let private stringMember (e: JsonElement) (name: string) =
    match e.TryGetProperty name with
    | true, v when v.ValueKind = JsonValueKind.String -> v.GetString()
    | _ -> null

/// The verification status of an identification, or None when it has no verification.
let private verificationStatus (e: JsonElement) =
    match e.TryGetProperty "verification" with
    | true, v when v.ValueKind = JsonValueKind.Object -> Some(stringMember v "status")
    | _ -> None

let private decodedStatus (v: Verification) = if isNull v then None else Some v.Status.Value

let private checkGenerated (path: string) () =
    let text = File.ReadAllText path
    use doc = JsonDocument.Parse text
    let root = doc.RootElement
    let u = decodeUser text
    Expect.equal u.Id (stringMember root "id") "id"
    Expect.equal u.FirstName (stringMember root "first_name") "first name"
    Expect.equal u.LastName (stringMember root "last_name") "last name"
    Expect.equal u.Username (stringMember root "username") "username"
    Expect.equal u.Banned (root.GetProperty("banned").GetBoolean()) "banned"
    Expect.equal u.CreatedAt (ms (root.GetProperty("created_at").GetInt64())) "created_at"
    Expect.equal u.UpdatedAt (ms (root.GetProperty("updated_at").GetInt64())) "updated_at"
    let counts =
        [ "email_addresses", count u.EmailAddresses
          "phone_numbers", count u.PhoneNumbers
          "web3_wallets", count u.Web3Wallets
          "passkeys", count u.Passkeys
          "external_accounts", count u.ExternalAccounts
          "saml_accounts", count u.SamlAccounts
          "enterprise_accounts", count u.EnterpriseAccounts ]
    for (name, decoded) in counts do
        Expect.equal decoded (arrayLength root name) $"{name} count"
    let emails = root.GetProperty("email_addresses").EnumerateArray() |> List.ofSeq
    for (json, email) in List.zip emails (List.ofSeq u.EmailAddresses) do
        Expect.equal email.Id (stringMember json "id") "email id"
        Expect.equal email.Address (stringMember json "email_address") "email address"
        Expect.equal (decodedStatus email.Verification) (verificationStatus json) $"verification status of email {email.Id}"
        Expect.equal email.LinkedTo.Count (arrayLength json "linked_to" |> Option.defaultValue 0) "linked_to count"
    let phones = root.GetProperty("phone_numbers").EnumerateArray() |> List.ofSeq
    for (json, phone) in List.zip phones (List.ofSeq u.PhoneNumbers) do
        Expect.equal phone.Number (stringMember json "phone_number") "phone number"
        Expect.equal (decodedStatus phone.Verification) (verificationStatus json) "phone verification status"
    let externals = root.GetProperty("external_accounts").EnumerateArray() |> List.ofSeq
    for (json, account) in List.zip externals (List.ofSeq u.ExternalAccounts) do
        Expect.equal account.Provider (stringMember json "provider") "external account provider"
        Expect.equal (decodedStatus account.Verification) (verificationStatus json) "external account verification status"
    match root.TryGetProperty "public_metadata" with
    | true, m -> Expect.equal (u.PublicMetadata.GetRawText()) (m.GetRawText()) "public metadata kept verbatim"
    | _ -> ()

[<Tests>]
let tests =
    testList
        "Fixtures"
        [ testCase "clerk/javascript user.json decodes to a populated User" clerkJavascriptUser

          testCase "missing or null lists read as empty, missing metadata as {}, null metadata stays null"
          <| fun () ->
              let u = decodeUser """{"object":"user","id":"user_1","email_addresses":null,"private_metadata":null}"""
              Expect.equal u.EmailAddresses.Count 0 "null email_addresses"
              Expect.equal u.PhoneNumbers.Count 0 "missing phone_numbers"
              Expect.equal u.Passkeys.Count 0 "missing passkeys"
              Expect.equal (u.PublicMetadata.GetRawText()) "{}" "missing public_metadata"
              Expect.equal u.PrivateMetadata.ValueKind JsonValueKind.Null "null private_metadata"

          testCase "the fixtures are copied, with attribution"
          <| fun () ->
              Expect.equal (generatedFiles ()).Length 50 "50 generated users"
              for file in [ "user.json"; "LICENSE"; "README.md" ] do
                  Expect.isTrue (File.Exists(Path.Combine(fixturesDir, "clerk-javascript", file))) file

          testList
              "generated users (Prism, OpenAPI bapi-2026-05-12)"
              [ for i in 1..50 do
                    let name = sprintf "user-%03d.json" i
                    testCase name (checkGenerated (Path.Combine(fixturesDir, "users", name))) ] ]
