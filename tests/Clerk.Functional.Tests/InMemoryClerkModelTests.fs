/// A state-machine property: random sequences of SDK calls against the emulator (the in-memory Clerk served over loopback
/// HTTP, as Clerk.Emulator serves it) agree, call by call, with a simple model of users, organizations and memberships.
module Clerk.Functional.Tests.InMemoryClerkModelTests

open System
open System.Collections.Generic
open FsCheck
open FsCheck.FSharp
open Expecto
open Clerk.Functional
open Clerk.Functional.Api.Organizations
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Testing
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

/// A call; the ints pick among the users and organizations that exist when it runs (modulo their count).
type Command =
    | CreateUser of name: int
    | DeleteUser of user: int
    | CreateOrg of creator: int option
    | AddMember of org: int * user: int * admin: bool
    | SetRole of org: int * user: int * admin: bool
    | RemoveMember of org: int * user: int
    | DeleteOrg of org: int

/// The model: users by email (in creation order), organizations (in creation order) and memberships with their roles.
type Model =
    { Users: (string * string) list // email, id
      Orgs: string list
      Members: Map<string * string, string> } // (org id, user id) -> role

let private emptyModel = { Users = []; Orgs = []; Members = Map.empty }

let private commandGen =
    let small = Gen.choose (0, 7)
    Gen.frequency
        [ 4, Gen.map CreateUser (Gen.choose (0, 9))
          1, Gen.map DeleteUser small
          2, Gen.map CreateOrg (Gen.optionOf small)
          4, Gen.map3 (fun o u a -> AddMember(o, u, a)) small small (Gen.elements [ true; false ])
          2, Gen.map3 (fun o u a -> SetRole(o, u, a)) small small (Gen.elements [ true; false ])
          2, Gen.map2 (fun o u -> RemoveMember(o, u)) small small
          1, Gen.map DeleteOrg small ]

let private pick (items: 'a list) (i: int) = if items.IsEmpty then None else Some items.[i % items.Length]

let private role admin = if admin then "org:admin" else "org:member"

/// The status and first code of a failed call, or None when it succeeded.
let private failureOf (outcome: Outcome<'T>) =
    match outcome with
    | Value _ -> None
    | Failure(:? ClerkError.Api as api) -> Some(api.Status, api.Errors.[0].Code)
    | Failure e -> Some(0, e.ToString())
    | Crashed e -> Some(-1, e.ToString())

/// Runs one command against the SDK and the model; the mismatch, if any, and the next model.
let private step (api: ClerkApi) (model: Model) (command: Command) : string option * Model =
    let expectOutcome what expected (outcome: Outcome<'T>) next =
        match failureOf outcome, expected with
        | None, None -> None, next
        | Some got, Some want when got = want -> None, model
        | got, want -> Some $"{what}: got {got}, model expects {want}", model
    match command with
    | CreateUser n ->
        let email = $"user{n}@example.com"
        let outcome = api.Users.CreateUser(CreateUserParams(EmailAddress = Optional.Of<IReadOnlyList<string>>([| email |]))) |> run
        let taken = model.Users |> List.exists (fun (e, _) -> e = email)
        match outcome with
        | Value user when not taken -> None, { model with Users = model.Users @ [ email, user.Id ] }
        | _ -> expectOutcome $"create {email}" (if taken then Some(422, "form_identifier_exists") else None) outcome model
    | DeleteUser i ->
        match pick model.Users i with
        | None -> expectOutcome "delete a missing user" (Some(404, "resource_not_found")) (api.Users.DeleteUser "user_missing" |> run) model
        | Some(email, id) ->
            expectOutcome $"delete {email}" None (api.Users.DeleteUser id |> run)
                { model with
                    Users = model.Users |> List.filter (fun (_, u) -> u <> id)
                    Members = model.Members |> Map.filter (fun (_, u) _ -> u <> id) }
    | CreateOrg creator ->
        let creatorId = creator |> Option.bind (pick model.Users) |> Option.map snd
        let parameters = CreateOrganizationParams(Name = $"Org {model.Orgs.Length}", CreatedBy = Option.toObj creatorId)
        match api.Organizations.CreateOrganization parameters |> run with
        | Value org ->
            let members = match creatorId with Some u -> model.Members.Add((org.Id, u), "org:admin") | None -> model.Members
            None, { model with Orgs = model.Orgs @ [ org.Id ]; Members = members }
        | other -> expectOutcome "create org" None other model
    | AddMember(o, u, admin) ->
        match pick model.Orgs o, pick model.Users u with
        | Some org, Some(_, user) ->
            let outcome = api.Organizations.CreateOrganizationMembership(CreateOrganizationMembershipParams(OrganizationId = org, UserId = user, Role = role admin)) |> run
            if model.Members.ContainsKey((org, user)) then expectOutcome "add a member twice" (Some(422, "already_a_member_in_organization")) outcome model
            else expectOutcome "add a member" None outcome { model with Members = model.Members.Add((org, user), role admin) }
        | _ -> None, model
    | SetRole(o, u, admin) ->
        match pick model.Orgs o, pick model.Users u with
        | Some org, Some(_, user) ->
            let outcome = api.Organizations.UpdateOrganizationMembership(UpdateOrganizationMembershipParams(OrganizationId = org, UserId = user, Role = role admin)) |> run
            if model.Members.ContainsKey((org, user)) then expectOutcome "change a role" None outcome { model with Members = model.Members.Add((org, user), role admin) }
            else expectOutcome "change a non-member's role" (Some(404, "resource_not_found")) outcome model
        | _ -> None, model
    | RemoveMember(o, u) ->
        match pick model.Orgs o, pick model.Users u with
        | Some org, Some(_, user) ->
            let outcome = api.Organizations.DeleteOrganizationMembership(DeleteOrganizationMembershipParams(OrganizationId = org, UserId = user)) |> run
            if model.Members.ContainsKey((org, user)) then expectOutcome "remove a member" None outcome { model with Members = model.Members.Remove((org, user)) }
            else expectOutcome "remove a non-member" (Some(404, "resource_not_found")) outcome model
        | _ -> None, model
    | DeleteOrg o ->
        match pick model.Orgs o with
        | None -> None, model
        | Some org ->
            expectOutcome "delete org" None (api.Organizations.DeleteOrganization org |> run)
                { model with Orgs = model.Orgs |> List.filter ((<>) org); Members = model.Members |> Map.filter (fun (g, _) _ -> g <> org) }

/// What the backend holds, read back through the SDK, against the model.
let private observe (api: ClerkApi) (model: Model) : string option =
    let users = api.Users.GetUserList(GetUserListParams(OrderBy = "+created_at", Limit = 500)) |> run |> expectValue "users"
    let orgs = api.Organizations.GetOrganizationList(GetOrganizationListParams(OrderBy = "+created_at", Limit = 500)) |> run |> expectValue "orgs"
    let members =
        [ for org in model.Orgs do
              let page = api.Organizations.GetOrganizationMembershipList(GetOrganizationMembershipListParams(OrganizationId = org, Limit = 500)) |> run |> expectValue "members"
              for m in page.Data -> (org, m.PublicUserData.UserId), m.Role ]
        |> Map.ofList
    let userIds = users.Data |> Seq.map (fun u -> u.Id) |> List.ofSeq
    let orgIds = orgs.Data |> Seq.map (fun o -> o.Id) |> List.ofSeq
    if userIds <> (model.Users |> List.map snd) then Some $"users {userIds}, model {model.Users}"
    elif users.TotalCount <> int64 model.Users.Length then Some $"user count {users.TotalCount}, model {model.Users.Length}"
    elif orgIds <> model.Orgs then Some $"organizations {orgIds}, model {model.Orgs}"
    elif members <> model.Members then Some $"memberships {members}, model {model.Members}"
    else None

let tests =
    testList
        "in-memory Clerk model"
        [ testCase "the model check notices a disagreement"
          <| fun () ->
              use clerk = new InMemoryClerk()
              let api = clerk.CreateApi()
              api.Users.CreateUser(CreateUserParams(EmailAddress = Optional.Of<IReadOnlyList<string>>([| "x@example.com" |]))) |> run |> expectValue "create" |> ignore
              Expect.isSome (observe api emptyModel) "a user the model lacks is reported"

          testPropertyWithConfig (config 60) "random call sequences over loopback HTTP agree with a model of users, organizations and memberships"
          <| fun () ->
              Prop.forAll (Arb.fromGen (Gen.listOf commandGen |> Gen.map (List.truncate 30))) (fun commands ->
                  use clerk = new InMemoryClerk()
                  let server = clerk.StartServerAsync().GetAwaiter().GetResult()
                  try
                      let api = new ClerkApi(clerk.ClientOptions(server.BaseUrl.ToString().TrimEnd('/')))
                      let rec go model (rest: Command list) =
                          match rest with
                          | [] -> observe api model
                          | command :: tail ->
                              match step api model command with
                              | Some mismatch, _ -> Some $"{command}: {mismatch}"
                              | None, next ->
                                  match observe api next with
                                  | Some mismatch -> Some $"after {command}: {mismatch}"
                                  | None -> go next tail
                      match go emptyModel commands with
                      | None -> true
                      | Some mismatch -> failwith mismatch
                  finally
                      server.DisposeAsync().AsTask().GetAwaiter().GetResult()) ]
