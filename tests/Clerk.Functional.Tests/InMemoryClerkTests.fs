/// The in-memory Clerk (Clerk.Functional.Testing) driven through the SDK: as a message handler (the live HTTP pipeline
/// with the key check), as a runner, and over loopback HTTP.
module Clerk.Functional.Tests.InMemoryClerkTests

open System
open System.Collections.Generic
open System.Text.Json
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Organizations
open Clerk.Functional.Api.Sessions
open Clerk.Functional.Api.Users
open Clerk.Functional.Api.Invitations
open Clerk.Functional.Api.AllowlistIdentifiers
open Clerk.Functional.Auth
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Resources
open Clerk.Functional.Testing
open Clerk.Functional.Tests.Helpers

let private strings (items: string list) = Optional.Of<IReadOnlyList<string>>(ResizeArray items)
let private json (text: string) = JsonDocument.Parse(text).RootElement.Clone()
let private meta (text: string) = Optional.Of(Nullable(json text))
let private ok what effect = effect |> run |> expectValue what

/// An open enum as its wire text (null when absent).
let private text (value: Nullable<'T>) = if value.HasValue then string value.Value else null

/// The Clerk error of a failed call: status and first error code.
let private apiError what effect =
    match effect |> run |> expectFailure what with
    | :? ClerkError.Api as api -> api.Status, api.Errors.[0].Code, api
    | other -> failtestf "%s: expected a Clerk API error, got %O" what other

let private newClerk () = new InMemoryClerk(InMemoryClerkOptions(IdSeed = "tests"))

let private createUser (api: ClerkApi) (email: string) (username: string) =
    api.Users.CreateUser(CreateUserParams(EmailAddress = strings [ email ], Username = Optional.Of username, Password = Optional.Of "correct horse battery"))
    |> ok $"create {email}"

let private userTests =
    testList
        "users"
        [ testCase "create with every identifier, then get returns the same user"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let created =
                  api.Users.CreateUser(
                      CreateUserParams(
                          EmailAddress = strings [ "ada@example.com" ],
                          PhoneNumber = strings [ "+15555550100" ],
                          Username = Optional.Of "ada_l",
                          Password = Optional.Of "correct horse battery",
                          ExternalId = Optional.Of "ext-1",
                          FirstName = Optional.Of "Ada",
                          LastName = Optional.Of "Lovelace"))
                  |> ok "create"
              Expect.stringStarts created.Id "user_" "a Clerk-style id"
              Expect.equal (created.EmailAddresses |> Seq.map (fun e -> e.Address) |> List.ofSeq) [ "ada@example.com" ] "email"
              Expect.equal created.PrimaryEmailAddressId created.EmailAddresses.[0].Id "the first email is primary"
              Expect.equal (created.PhoneNumbers |> Seq.map (fun p -> p.Number) |> List.ofSeq) [ "+15555550100" ] "phone"
              Expect.equal created.Username "ada_l" "username"
              Expect.equal created.ExternalId "ext-1" "external id"
              Expect.isTrue created.PasswordEnabled "password set"
              let got = api.Users.GetUser created.Id |> ok "get"
              Expect.equal got.Id created.Id "same id"
              Expect.equal got.FirstName "Ada" "first name"
              Expect.equal got.LastName "Lovelace" "last name"

          testCase "list filters, orders, pages and counts like getUserList"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let users = [ for n in [ "carol"; "alice"; "bobby" ] -> createUser api $"{n}@example.com" n ]
              let page = api.Users.GetUserList(GetUserListParams(OrderBy = "+username", Limit = 2)) |> ok "page 1"
              Expect.equal page.TotalCount 3L "total count over all pages"
              Expect.equal (page.Data |> Seq.map (fun u -> u.Username) |> List.ofSeq) [ "alice"; "bobby" ] "ascending username, first page"
              let rest = api.Users.GetUserList(GetUserListParams(OrderBy = "+username", Limit = 2, Offset = 2)) |> ok "page 2"
              Expect.equal (rest.Data |> Seq.map (fun u -> u.Username) |> List.ofSeq) [ "carol" ] "second page"
              let newest = api.Users.GetUserList() |> ok "default order"
              Expect.equal (newest.Data |> Seq.map (fun u -> u.Id) |> List.ofSeq) (users |> List.rev |> List.map (fun u -> u.Id)) "newest first by default"
              let byEmail = api.Users.GetUserList(GetUserListParams(EmailAddress = ResizeArray [ "BOBBY@example.com" ])) |> ok "by email"
              Expect.equal (byEmail.Data |> Seq.map (fun u -> u.Username) |> List.ofSeq) [ "bobby" ] "email filter ignores case"
              let byQuery = api.Users.GetUserList(GetUserListParams(Query = "aro")) |> ok "by query"
              Expect.equal (byQuery.Data |> Seq.map (fun u -> u.Username) |> List.ofSeq) [ "carol" ] "query matches a substring"
              Expect.equal (api.Users.GetCount(UserCountParams(Username = ResizeArray [ "alice"; "bobby" ])) |> ok "count") 2L "count with a filter"

          testCase "metadata: merge deletes keys set to null and merges objects; replace replaces"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let user = createUser api "meta@example.com" "meta_user"
              api.Users.UpdateUserMetadata(user.Id, UserMetadataParams(PublicMetadata = meta """{"plan":"pro","keep":1,"nested":{"a":1}}""")) |> ok "first merge" |> ignore
              let merged = api.Users.UpdateUserMetadata(user.Id, UserMetadataParams(PublicMetadata = meta """{"plan":null,"nested":{"b":2}}""")) |> ok "second merge"
              Expect.equal (merged.PublicMetadata.GetRawText()) """{"keep":1,"nested":{"a":1,"b":2}}""" "null deleted plan, nested merged"
              let replaced = api.Users.ReplaceUserMetadata(user.Id, UserMetadataParams(PublicMetadata = meta """{"only":true}""")) |> ok "replace"
              Expect.equal (replaced.PublicMetadata.GetRawText()) """{"only":true}""" "replaced"

          testCase "ban and lock set the flags, unban and unlock clear them"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let user = createUser api "flags@example.com" "flags_user"
              Expect.isTrue (api.Users.BanUser user.Id |> ok "ban").Banned "banned"
              Expect.isFalse (api.Users.UnbanUser user.Id |> ok "unban").Banned "unbanned"
              Expect.isTrue (api.Users.LockUser user.Id |> ok "lock").Locked "locked"
              Expect.isFalse (api.Users.UnlockUser user.Id |> ok "unlock").Locked "unlocked"

          testCase "update changes the named fields only; delete then get is 404 resource_not_found"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let user = createUser api "gone@example.com" "gone_user"
              let updated = api.Users.UpdateUser(user.Id, UpdateUserParams(FirstName = Optional.Of "Grace")) |> ok "update"
              Expect.equal updated.FirstName "Grace" "first name changed"
              Expect.equal updated.Username "gone_user" "username kept"
              let deleted = api.Users.DeleteUser user.Id |> ok "delete"
              Expect.isTrue deleted.Deleted "deleted"
              let status, code, _ = api.Users.GetUser user.Id |> apiError "get deleted"
              Expect.equal (status, code) (404, "resource_not_found") "Clerk's not-found error" ]

let private errorTests =
    testList
        "errors"
        [ testCase "422 with Clerk's codes and the parameter name"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              createUser api "taken@example.com" "taken_name" |> ignore
              let cases =
                  [ "taken email", CreateUserParams(EmailAddress = strings [ "TAKEN@example.com" ]), "form_identifier_exists", "email_address"
                    "taken username", CreateUserParams(Username = Optional.Of "taken_name"), "form_identifier_exists", "username"
                    "malformed email", CreateUserParams(EmailAddress = strings [ "not-an-email" ]), "form_param_format_invalid", "email_address"
                    "no identifier", CreateUserParams(FirstName = Optional.Of "Nobody"), "form_param_missing", "email_address" ]
              for name, parameters, code, param in cases do
                  let status, got, error = api.Users.CreateUser parameters |> apiError name
                  Expect.equal (status, got) (422, code) name
                  Expect.equal error.Errors.[0].Meta.ParamName param $"{name}: param_name"
              Expect.equal (api.Users.GetCount() |> ok "count") 1L "no failed create left a user behind"

          testCase "401 authentication_invalid with a wrong secret key, and the key is in no error text"
          <| fun () ->
              use clerk = newClerk ()
              let wrongKey = "sk_test_wrongwrongwrongwrongwrong"
              let api = new ClerkApi(ClerkClientOptions(SecretKey = wrongKey, ApiUrl = clerk.ClientOptions().ApiUrl), clerk.CreateHandler())
              let status, code, error = api.Users.GetUserList() |> apiError "wrong key"
              Expect.equal (status, code) (401, "authentication_invalid") "Clerk's 401"
              for text in errorTexts error do
                  Expect.isFalse (text.Contains wrongKey) "no key in the error"

          testCase "a route it does not serve answers 501 naming the route, and the state is untouched"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let status, code, error = api.Domains.List() |> apiError "domains"
              Expect.equal (status, code) (501, "emulator_route_not_implemented") "not implemented"
              Expect.stringContains error.Errors.[0].Message "GET /v1/domains" "names the route"
              Expect.isGreaterThan InMemoryClerk.Routes.Count 40 "the routes it serves are listed" ]

let private organizationTests =
    testList
        "organizations"
        [ testCase "the creator becomes org:admin; members are added, re-roled, listed and removed"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let owner = createUser api "owner@example.com" "owner"
              let joiner = createUser api "member@example.com" "member"
              let org = api.Organizations.CreateOrganization(CreateOrganizationParams(Name = "Acme Rockets", CreatedBy = owner.Id)) |> ok "create org"
              Expect.equal org.Slug "acme-rockets" "slug from the name"
              let added = api.Organizations.CreateOrganizationMembership(CreateOrganizationMembershipParams(OrganizationId = org.Id, UserId = joiner.Id, Role = "org:member")) |> ok "add"
              Expect.equal added.Role "org:member" "member role"
              let status, code, _ =
                  api.Organizations.CreateOrganizationMembership(CreateOrganizationMembershipParams(OrganizationId = org.Id, UserId = joiner.Id, Role = "org:member"))
                  |> apiError "twice"
              Expect.equal (status, code) (422, "already_a_member_in_organization") "a second membership is refused"
              let members = api.Organizations.GetOrganizationMembershipList(GetOrganizationMembershipListParams(OrganizationId = org.Id)) |> ok "list"
              Expect.equal members.TotalCount 2L "two members"
              let roles = members.Data |> Seq.map (fun m -> m.PublicUserData.UserId, m.Role) |> Map.ofSeq
              Expect.equal roles.[owner.Id] "org:admin" "the creator is an admin"
              Expect.contains members.Data.[0].Permissions "org:sys_memberships:read" "role permissions"
              let promoted = api.Organizations.UpdateOrganizationMembership(UpdateOrganizationMembershipParams(OrganizationId = org.Id, UserId = joiner.Id, Role = "org:admin")) |> ok "promote"
              Expect.equal promoted.Role "org:admin" "promoted"
              api.Organizations.DeleteOrganizationMembership(DeleteOrganizationMembershipParams(OrganizationId = org.Id, UserId = joiner.Id)) |> ok "remove" |> ignore
              let after = api.Organizations.GetOrganizationMembershipList(GetOrganizationMembershipListParams(OrganizationId = org.Id)) |> ok "list after"
              Expect.equal after.TotalCount 1L "one member left"
              let bySlug = api.Organizations.GetOrganization(GetOrganizationParams(Slug = "acme-rockets")) |> ok "by slug"
              Expect.equal bySlug.Id org.Id "found by slug"

          testCase "organization metadata merges; invitations are created, listed and revoked"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let owner = createUser api "boss@example.com" "boss_user"
              let org = api.Organizations.CreateOrganization(CreateOrganizationParams(Name = "Meta Org", CreatedBy = owner.Id)) |> ok "org"
              api.Organizations.UpdateOrganizationMetadata(org.Id, OrganizationMetadataParams(PublicMetadata = meta """{"tier":"gold","x":1}""")) |> ok "merge" |> ignore
              let merged = api.Organizations.UpdateOrganizationMetadata(org.Id, OrganizationMetadataParams(PublicMetadata = meta """{"x":null}""")) |> ok "merge null"
              Expect.equal (merged.PublicMetadata.GetRawText()) """{"tier":"gold"}""" "null deletes"
              let invitation =
                  api.Organizations.CreateOrganizationInvitation(
                      CreateOrganizationInvitationParams(OrganizationId = org.Id, EmailAddress = "new@example.com", Role = "org:member", InviterUserId = owner.Id))
                  |> ok "invite"
              Expect.equal (text invitation.Status) "pending" "pending"
              let pending = api.Organizations.GetOrganizationInvitationList(GetOrganizationInvitationListParams(OrganizationId = org.Id, Status = ResizeArray [ OrganizationInvitationStatus "pending" ])) |> ok "list"
              Expect.equal pending.TotalCount 1L "one pending"
              let revoked = api.Organizations.RevokeOrganizationInvitation(RevokeOrganizationInvitationParams(OrganizationId = org.Id, InvitationId = invitation.Id, RequestingUserId = owner.Id)) |> ok "revoke"
              Expect.equal (text revoked.Status) "revoked" "revoked" ]

let private identifierTests =
    testList
        "invitations and identifier lists"
        [ testCase "invitations: create, list, revoke; allowlist: create, list, delete"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let invitation = api.Invitations.CreateInvitation(CreateInvitationParams(EmailAddress = "guest@example.com")) |> ok "invite"
              Expect.equal (text invitation.Status) "pending" "pending"
              let status, code, _ = api.Invitations.CreateInvitation(CreateInvitationParams(EmailAddress = "guest@example.com")) |> apiError "duplicate"
              Expect.equal (status, code) (422, "duplicate_record") "one pending invitation per address"
              let listed = api.Invitations.GetInvitationList() |> ok "list"
              Expect.equal (listed.TotalCount, listed.Data.Count) (1L, 1) "listed with its total"
              Expect.equal (text (api.Invitations.RevokeInvitation invitation.Id |> ok "revoke").Status) "revoked" "revoked"
              let allowed = api.AllowlistIdentifiers.CreateAllowlistIdentifier(CreateAllowlistIdentifierParams(Identifier = "*@example.com")) |> ok "allow"
              Expect.equal (text allowed.IdentifierType) "email_address" "a domain pattern is an email identifier"
              Expect.equal (api.AllowlistIdentifiers.GetAllowlistIdentifierList() |> ok "list").TotalCount 1L "listed"
              Expect.isTrue (api.AllowlistIdentifiers.DeleteAllowlistIdentifier allowed.Id |> ok "delete").Deleted "deleted" ]

let private bearer (token: string) =
    match IncomingRequest.From("GET", "http://localhost:3000/api", [ KeyValuePair("authorization", "Bearer " + token) ]) |> fun e -> e.Match((fun r -> Ok r), (fun (l: AuthenticateRequestError) -> Error l)) with
    | Ok request -> request
    | Error e -> failtestf "request: %O" e

let private authenticate (api: ClerkApi) token =
    match (runAffAsync (api.AuthenticateRequest(bearer token))).GetAwaiter().GetResult() with
    | Ok either -> either.Match((fun (s: RequestState) -> s), (fun (e: AuthenticateRequestError) -> failtestf "authenticate: %O" e))
    | Error e -> failtestf "authenticate crashed: %O" e

let private sessionTests =
    testList
        "sessions and tokens"
        [ testCase "a session token from getToken verifies against the JWKS and carries the active organization"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let user = createUser api "token@example.com" "token_user"
              let org = api.Organizations.CreateOrganization(CreateOrganizationParams(Name = "Token Org", CreatedBy = user.Id)) |> ok "org"
              let session = api.Sessions.CreateSession(CreateSessionParams(UserId = user.Id, ActiveOrganizationId = org.Id)) |> ok "session"
              Expect.equal (text session.Status) "active" "active"
              let token = api.Sessions.GetToken session.Id |> ok "token"
              let claims =
                  match (runAffAsync (api.VerifyToken(token.Jwt))).GetAwaiter().GetResult() with
                  | Ok either -> either.Match((fun (c: JsonElement) -> c), (fun e -> failtestf "verify: %O" e))
                  | Error e -> failtestf "verify crashed: %O" e
              Expect.equal (claims.GetProperty("sub").GetString()) user.Id "sub"
              Expect.equal (claims.GetProperty("sid").GetString()) session.Id "sid"
              Expect.equal (claims.GetProperty("o").GetProperty("id").GetString()) org.Id "o.id"
              Expect.equal (claims.GetProperty("o").GetProperty("rol").GetString()) "admin" "o.rol"
              let revoked = api.Sessions.RevokeSession session.Id |> ok "revoke"
              Expect.equal (text revoked.Status) "revoked" "revoked"
              let status, code, _ = api.Sessions.GetToken session.Id |> apiError "token of a revoked session"
              Expect.equal (status, code) (422, "session_not_active") "no token for a revoked session"

          testCase "SignIn mints a token that authenticateRequest accepts; has() sees the role and the extra permission"
          <| fun () ->
              use clerk = newClerk ()
              let api = clerk.CreateApi()
              let user = createUser api "signin@example.com" "signin_user"
              let org = api.Organizations.CreateOrganization(CreateOrganizationParams(Name = "Has Org", CreatedBy = user.Id)) |> ok "org"
              let signedIn = clerk.SignIn(user.Id, org.Id, permissions = ResizeArray [ "org:invoices:read" ])
              Expect.isFalse (signedIn.ToString().Contains signedIn.Token) "the token is not printed"
              let state = authenticate api signedIn.Token
              Expect.equal state.Status "signed-in" "signed in"
              match state.ToAuth().Match((fun (a: AuthObject) -> Ok a), (fun (e: AuthObjectError) -> Error e)) with
              | Ok(:? AuthObject.SignedIn as auth) ->
                  Expect.equal auth.UserId user.Id "user"
                  Expect.equal auth.OrgId org.Id "organization"
                  Expect.equal auth.OrgRole "org:admin" "role"
                  Expect.isTrue (auth.Has(HasParams(Role = "org:admin"))) "has the role"
                  Expect.isTrue (auth.Has(HasParams(Permission = "org:invoices:read"))) "has the extra permission"
                  Expect.isFalse (auth.Has(HasParams(Permission = "org:invoices:write"))) "not another permission"
              | other -> failtestf "expected a signed-in auth object, got %A" other
              let tampered = signedIn.Token.Substring(0, signedIn.Token.Length - 4) + "AAAA"
              Expect.notEqual (authenticate api tampered).Status "signed-in" "a tampered token is not signed in"
              Expect.throwsT<InvalidOperationException> (fun () -> clerk.SignIn("user_missing") |> ignore) "an unknown user cannot sign in" ]

let private transportTests =
    testList
        "transports"
        [ testCase "the runner and the message handler see the same state"
          <| fun () ->
              use clerk = newClerk ()
              let viaRunner = new ClerkApi(ClerkClientOptions(SecretKey = clerk.SecretKey), clerk.Runner)
              let created = createUser viaRunner "runner@example.com" "runner_user"
              let viaHandler = clerk.CreateApi()
              Expect.equal (viaHandler.Users.GetUser created.Id |> ok "get").Username "runner_user" "written by the runner, read over the handler"

          testCase "over loopback HTTP: a client with the server's URL creates and reads a user"
          <| fun () ->
              use clerk = newClerk ()
              let server = clerk.StartServerAsync().GetAwaiter().GetResult()
              try
                  Expect.equal server.BaseUrl.Host "127.0.0.1" "loopback only"
                  let api = new ClerkApi(clerk.ClientOptions(server.BaseUrl.ToString().TrimEnd('/')))
                  let created = createUser api "http@example.com" "http_user"
                  Expect.equal (api.Users.GetUser created.Id |> ok "get").Id created.Id "same user"
              finally
                  server.DisposeAsync().AsTask().GetAwaiter().GetResult()

          testCase "the publishable key parses and names the frontend API that issues its tokens"
          <| fun () ->
              use clerk = newClerk ()
              match PublishableKey.Parse(clerk.PublishableKey).Match((fun (k: PublishableKey) -> Ok k), (fun (e: PublishableKeyError) -> Error e)) with
              | Ok key -> Expect.equal key.FrontendApi clerk.FrontendApi "frontend API"
              | Error e -> failtestf "publishable key: %O" e ]

let tests =
    testList "in-memory Clerk" [ userTests; errorTests; organizationTests; identifierTests; sessionTests; transportTests ]
