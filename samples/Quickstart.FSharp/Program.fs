/// The F# quickstart: `dotnet run --project samples/Quickstart.FSharp`. With no configuration it starts the embedded
/// in-memory Clerk on 127.0.0.1 and composes the core's effects: an organization with its creator as admin, a second
/// member, paging, a session token, and authenticateRequest ending signed-in. With CLERK_SECRET_KEY set it makes
/// read-only calls against that instance instead.
module Clerk.Quickstart.FSharp.Program

open System
open System.Collections.Generic
open System.Threading.Tasks
open LanguageExt
open Clerk.Functional
open Clerk.Functional.Api.Organizations
open Clerk.Functional.Api.Sessions
open Clerk.Functional.Api.Users
open Clerk.Functional.Auth
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Options
open Clerk.Functional.Testing

/// Runs a Clerk effect to an F# Result (cancellation and crashes still raise).
let run (effect: Aff<Either<'e, 'a>>) : Task<Result<'a, 'e>> =
    task {
        let! fin = effect.Run().AsTask()
        return
            fin.Match(
                (fun (result: Either<'e, 'a>) -> result.Match((fun (value: 'a) -> Ok value), (fun (error: 'e) -> Error error))),
                (fun (failure: LanguageExt.Common.Error) -> raise (failure.ToException())))
    }

let private newUser (email: string) (username: string) =
    CreateUserParams(EmailAddress = Optional.Of<IReadOnlyList<string>>([| email |]), Username = Optional.Of username)

/// One effect: the founder, their organization (the founder becomes org:admin), a second member, and a session for the
/// founder in that organization. Nothing is sent until it runs; each step runs only when the one before succeeded.
let setUp (clerk: ClerkApi) : Aff<Either<ClerkError, Resources.Session>> =
    clerk.Users.CreateUser(newUser "ada@example.com" "ada_lovelace").Then(fun founder ->
        clerk.Organizations.CreateOrganization(CreateOrganizationParams(Name = "Analytical Engines", CreatedBy = founder.Id)).Then(fun org ->
            clerk.Users.CreateUser(newUser "alan@example.com" "alan_turing").Then(fun alan ->
                clerk.Organizations.CreateOrganizationMembership(
                    CreateOrganizationMembershipParams(OrganizationId = org.Id, UserId = alan.Id, Role = "org:member")).Then(fun _ ->
                    clerk.Sessions.CreateSession(CreateSessionParams(UserId = founder.Id, ActiveOrganizationId = org.Id))))))

let embeddedTour () : Task<Result<string, string>> =
    task {
        use backend = new InMemoryClerk()
        let! server = backend.StartServerAsync()
        try
            let apiUrl = server.BaseUrl.ToString().TrimEnd('/')
            printfn "embedded Clerk on %s (no account needed)" apiUrl
            let clerk = ClerkApi(ClerkClientOptions(SecretKey = backend.SecretKey, PublishableKey = backend.PublishableKey, ApiUrl = apiUrl))
            match! setUp clerk |> run with
            | Error e -> return Error $"set-up: {e.Message}"
            | Ok session ->
                let! users = clerk.Users.GetUserList(GetUserListParams(Limit = 1, OrderBy = "+username")) |> run
                match users with
                | Ok page -> printfn "%d users; first: %s" page.TotalCount (page.Data |> Seq.map (fun u -> u.Username) |> String.concat ", ")
                | Error e -> printfn "users: %s" e.Message
                match! clerk.Sessions.GetToken(session.Id) |> run with
                | Error e -> return Error $"token: {e.Message}"
                | Ok token ->
                    printfn "session %s: token %s..." session.Id (token.Jwt.Substring(0, 16))
                    match IncomingRequest.From("GET", "http://localhost:3000/api/me", [ KeyValuePair("authorization", "Bearer " + token.Jwt) ]) |> fun r -> r.Match((fun v -> Ok v), (fun (e: AuthenticateRequestError) -> Error e)) with
                    | Error e -> return Error $"request: {e}"
                    | Ok request ->
                        match! clerk.AuthenticateRequest(request) |> run with
                        | Error e -> return Error $"authenticate: {e}"
                        | Ok state ->
                            match state.ToAuth().Match((fun (a: AuthObject) -> Ok a), (fun (e: AuthObjectError) -> Error e)) with
                            | Ok(:? AuthObject.SignedIn as auth) ->
                                printfn "auth: userId=%s orgId=%s orgRole=%s has(org:admin)=%b" auth.UserId auth.OrgId auth.OrgRole (auth.Has(HasParams(Role = "org:admin")))
                            | _ -> printfn "auth: not signed in (%s)" state.Reason
                            return Ok state.Status
        finally
            server.DisposeAsync().AsTask().GetAwaiter().GetResult()
    }

let readOnlyTour () : Task<Result<string, string>> =
    task {
        let clerk = ClerkApi.Default
        printfn "Clerk instance at %s (read-only)" clerk.Options.ApiUrl
        match! clerk.Users.GetCount() |> run with
        | Ok count -> return Ok $"{count} users"
        | Error e -> return Error e.Message
    }

[<EntryPoint>]
let main _ =
    let tour = if String.IsNullOrEmpty(Environment.GetEnvironmentVariable "CLERK_SECRET_KEY") then embeddedTour () else readOnlyTour ()
    match tour.GetAwaiter().GetResult() with
    | Ok last ->
        printfn "%s" last
        0
    | Error message ->
        eprintfn "Clerk refused: %s" message
        1
