// let clerk = ClerkApi(ClerkClientOptions(SecretKey = "sk_live_..."))  // or ClerkApi.Default
/// The README's F# quick start: compose two Clerk calls into one effect, run it, match on the result.
module Clerk.Samples.QuickStart

open System.Text.Json
open System.Threading.Tasks
open LanguageExt
open Clerk.Functional
open Clerk.Functional.Api.Users
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Resources

/// Gets a user, then merges `plan` into their public metadata. Nothing is sent until the effect runs;
/// `Then` runs the second call only when the first one produced a user.
let upgradePlan (clerk: ClerkApi) (userId: string) (plan: string) : Aff<Either<ClerkError, User>> =
    clerk.Users.GetUser(userId).Then(fun user ->
        let metadata = JsonSerializer.SerializeToElement {| plan = plan |}
        clerk.Users.UpdateUserMetadata(user.Id, UserMetadataParams(PublicMetadata = Optional.Of(System.Nullable metadata))))

/// Runs a Clerk effect to an F# `Result` (cancellation still raises).
let toResult (effect: Aff<Either<ClerkError, 'a>>) : Task<Result<'a, ClerkError>> =
    task {
        let! fin = effect.Run().AsTask()
        return
            fin.Match(
                (fun (result: Either<ClerkError, 'a>) -> result.Match((fun (value: 'a) -> Ok value), (fun (error: ClerkError) -> Error error))),
                (fun (failure: LanguageExt.Common.Error) -> raise (failure.ToException())))
    }

/// What an app does with it.
let describe (clerk: ClerkApi) (userId: string) : Task<string> =
    task {
        match! upgradePlan clerk userId "pro" |> toResult with
        | Ok user -> return $"{user.FullName} is now on the pro plan"
        | Error(:? ClerkError.Api as e) when e.Status = 404 -> return $"No user {userId}"
        | Error e -> return $"Clerk said no: {e.Message}"
    }
