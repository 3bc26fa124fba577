/// Auth objects and `has()`: replayed against the `auth` objects and `has()` results recorded from @clerk/backend in
/// tests/vectors/authenticate-request.json (session tokens decoded without a signature check, machine tokens from the
/// canned Backend API answers), plus the rules of @clerk/shared's authorization.ts and jwtPayloadParser.ts one by one,
/// and properties: nothing throws, no token is ever printed.
module Clerk.Functional.Tests.AuthObjectTests

open System
open System.IO
open System.Text.Json
open System.Text.Json.Nodes
open FsCheck
open FsCheck.FSharp
open Expecto
open Clerk.Functional.Auth
open Clerk.Functional.Errors
open Clerk.Functional.Json
open Clerk.Functional.Resources
open Clerk.Functional.Tokens
open Clerk.Functional.Tests.Helpers
open Clerk.Functional.Tests.Generators

// ---------------------------------------------------------------------------------------------------------------
// helpers

let private result (either: LanguageExt.Either<'L, 'R>) : Result<'R, 'L> = either.Match((fun (r: 'R) -> Ok r), (fun (l: 'L) -> Error l))

let private parse (json: string) = JsonDocument.Parse(json).RootElement.Clone()

let private claimsAuth (json: string) =
    match result (AuthObject.FromSessionClaims(parse json, "the-raw-token")) with
    | Ok auth -> auth
    | Error e -> failwithf "FromSessionClaims failed: %s" e.Message

let private signedIn (json: string) =
    match claimsAuth json with
    | :? AuthObject.SignedIn as s -> s
    | other -> failwithf "expected SignedIn, got %O" other

let private el (value: obj) : JsonElement =
    match value with
    | null -> JsonSerializer.SerializeToElement(null: obj)
    | :? JsonElement as e -> e
    | v -> JsonSerializer.SerializeToElement(v, v.GetType())

let private fvaEl (fva: FactorVerificationAge) : obj =
    if isNull (box fva) then null else box [| fva.FirstFactorAge; fva.SecondFactorAge |]

let private nullable (value: Nullable<JsonElement>) : obj = if value.HasValue then box value.Value else null

/// The members of an auth object read through its typed properties (not `ToJson`), with @clerk/backend's names.
let project (auth: AuthObject) : (string * JsonElement) list =
    let members: (string * obj) list =
        match auth with
        | :? AuthObject.SignedIn as s ->
            [ "tokenType", box s.TokenType
              "sessionClaims", box s.SessionClaims
              "sessionId", box s.SessionId
              "sessionStatus", box s.SessionStatus
              "userId", box s.UserId
              "actor", nullable s.Actor
              "orgId", box s.OrgId
              "orgRole", box s.OrgRole
              "orgSlug", box s.OrgSlug
              "orgPermissions", box s.OrgPermissions
              "factorVerificationAge", fvaEl s.FactorVerificationAge
              "isAuthenticated", box s.IsAuthenticated ]
        | :? AuthObject.SignedOut as s ->
            [ "tokenType", box s.TokenType
              "sessionStatus", box s.SessionStatus
              "isAuthenticated", box s.IsAuthenticated ]
            @ ([ "sessionClaims"; "sessionId"; "userId"; "actor"; "orgId"; "orgRole"; "orgSlug"; "orgPermissions"; "factorVerificationAge" ]
               |> List.map (fun n -> n, null))
        | :? AuthObject.ApiKeyAuth as a ->
            [ "id", box a.Id; "subject", box a.Subject; "scopes", box a.Scopes; "isAuthenticated", box a.IsAuthenticated
              "tokenType", box a.TokenType; "name", box a.Name; "claims", nullable a.Claims; "userId", box a.UserId; "orgId", box a.OrgId ]
        | :? AuthObject.M2MTokenAuth as a ->
            [ "id", box a.Id; "subject", box a.Subject; "scopes", box a.Scopes; "isAuthenticated", box a.IsAuthenticated
              "tokenType", box a.TokenType; "claims", nullable a.Claims; "machineId", box a.MachineId ]
        | :? AuthObject.OAuthTokenAuth as a ->
            [ "id", box a.Id; "subject", box a.Subject; "scopes", box a.Scopes; "isAuthenticated", box a.IsAuthenticated
              "tokenType", box a.TokenType; "userId", box a.UserId; "clientId", box a.ClientId ]
        | :? AuthObject.UnauthenticatedMachine as u ->
            [ "isAuthenticated", box u.IsAuthenticated; "tokenType", box u.TokenType ]
            @ (u.NullMembers |> Seq.map (fun n -> n, null) |> List.ofSeq)
        | :? AuthObject.InvalidToken as i -> [ "isAuthenticated", box i.IsAuthenticated; "tokenType", box i.TokenType ]
        | other -> failwithf "unknown auth object %O" other
    members |> List.map (fun (n, v) -> n, el v)

/// Differences between an auth object and a recorded one: every recorded member must be equal; a member the record
/// lacks must be one JS left `undefined` (listed, or any member when `undefinedAllowed` is None) and null here.
let diff (expected: JsonElement) (undefinedKeys: string list option) (members: (string * JsonElement) list) : string list =
    let ours = Map.ofList members
    [ for p in expected.EnumerateObject() do
          match ours.TryFind p.Name with
          | None -> yield $"missing member {p.Name}"
          | Some v when not (JsonElement.DeepEquals(v, p.Value)) -> yield $"{p.Name}: expected {p.Value.GetRawText()}, got {v.GetRawText()}"
          | Some _ -> ()
      for (name, v) in members do
          let mutable unused = Unchecked.defaultof<JsonElement>
          if not (expected.TryGetProperty(name, &unused)) then
              match undefinedKeys with
              | Some keys when not (List.contains name keys) -> yield $"{name}: not recorded and not listed as undefined"
              | _ when v.ValueKind <> JsonValueKind.Null -> yield $"{name}: JS has undefined, got {v.GetRawText()}"
              | _ -> () ]

/// `has()` parameters from their recorded JSON.
let hasParams (json: JsonElement) : HasParams =
    let str name =
        match json.TryGetProperty(name: string) with
        | true, v when v.ValueKind = JsonValueKind.String -> v.GetString()
        | true, v -> failwithf "unsupported %s parameter %s" name (v.GetRawText())
        | _ -> null
    let reverification =
        match json.TryGetProperty "reverification" with
        | true, v when v.ValueKind = JsonValueKind.String -> ReverificationConfig.Named(v.GetString())
        | true, v -> ReverificationConfig.Of(v.GetProperty("level").GetString(), v.GetProperty("afterMinutes").GetDouble())
        | _ -> null
    HasParams(Role = str "role", Permission = str "permission", Feature = str "feature", Plan = str "plan", Reverification = reverification)

// ---------------------------------------------------------------------------------------------------------------
// the recorded cases

type private Kind =
    | SessionSignedIn
    | SessionPending
    | Machine of string
    | SignedOutSession
    | SignedOutMachine of string
    | InvalidTokenType

type private Replay =
    { Name: string
      Kind: Kind
      /// Differences found (empty when the case matches).
      Problems: string list
      /// has() entries compared.
      HasCount: int
      /// Objects compared (auth, plus authWithTreatPendingAsSignedOutFalse).
      ObjectCount: int
      /// For a signed-in state: whether its token is the request's (Authorization header or `__session*` cookie)
      /// rather than one from a handshake or refresh answer.
      TokenFromRequest: bool option }

let private vectors =
    lazy (JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot (), "tests", "vectors", "authenticate-request.json"))).RootElement.Clone())

let private prop (name: string) (e: JsonElement) =
    match e.TryGetProperty name with
    | true, v when v.ValueKind <> JsonValueKind.Null -> Some v
    | _ -> None

let private strings (e: JsonElement option) =
    e |> Option.map (fun a -> [ for x in a.EnumerateArray() -> x.GetString() ])

/// The tokens a request carries: the Authorization header (`Bearer <t>`, or a single word) and every `__session` or
/// `__session_<suffix>` cookie, percent-decoded.
let private requestTokens (case: JsonElement) : string list =
    let headers = case.GetProperty("request").GetProperty("headers")
    let header name =
        match headers.TryGetProperty(name: string) with
        | true, v -> Some(v.GetString())
        | _ -> None
    let fromAuthorization =
        match header "authorization" with
        | Some value when value.StartsWith "Bearer " -> [ value.Substring 7 ]
        | Some value when not (value.Contains " ") -> [ value ]
        | _ -> []
    let fromCookies =
        match header "cookie" with
        | Some cookie ->
            [ for pair in cookie.Split(';') do
                  let pair = pair.Trim()
                  let eq = pair.IndexOf '='
                  if eq > 0 then
                      let name = pair.Substring(0, eq)
                      if name = "__session" || name.StartsWith "__session_" then yield Uri.UnescapeDataString(pair.Substring(eq + 1)) ]
        | None -> []
    fromAuthorization @ fromCookies

/// Builds the machine auth object of a signed-in machine case from its token: an opaque token from the canned Backend
/// API answer, a JWT from its (unverified) payload.
let private machineAuth (case: JsonElement) (tokenType: string) (token: string) (nowMs: int64) : AuthObject =
    let backend = case.GetProperty "backend"
    let body (route: string) = backend.GetProperty(route).GetProperty("body").GetRawText()
    let verified: VerifiedMachineToken =
        if MachineTokens.IsJwtFormat token then
            let payload = (match result (Jwt.Decode token) with Ok jwt -> jwt.Payload | Error e -> failwithf "%s" e.Message)
            let now = DateTimeOffset.FromUnixTimeMilliseconds nowMs
            match tokenType with
            | "m2m_token" -> VerifiedMachineToken.M2M(MachineTokens.M2MTokenFromPayload(payload, now, 5000L))
            | "oauth_token" -> VerifiedMachineToken.OAuth(MachineTokens.OAuthTokenFromPayload(payload, now, 5000L))
            | other -> failwithf "no JWT form for %s" other
        else
            match tokenType with
            | "api_key" -> VerifiedMachineToken.Key(JsonSerializer.Deserialize(body "POST /api_keys/verify", ClerkJsonContext.Default.ApiKey))
            | "m2m_token" -> VerifiedMachineToken.M2M(JsonSerializer.Deserialize(body "POST /m2m_tokens/verify", ClerkJsonContext.Default.M2MToken))
            | "oauth_token" ->
                VerifiedMachineToken.OAuth(
                    JsonSerializer.Deserialize(body "POST /oauth_applications/access_tokens/verify", ClerkJsonContext.Default.IdPOAuthAccessToken))
            | other -> failwithf "unknown machine token type %s" other
    AuthObject.FromMachineToken(verified, token)

let private replay (case: JsonElement) : Replay option =
    let name = case.GetProperty("name").GetString()
    let expected = case.GetProperty "expected"
    match prop "auth" expected with
    | None -> None // a handshake state, or authenticateRequest threw: no auth object
    | Some recorded ->
        let tokenType = prop "tokenType" expected |> Option.map (fun t -> t.GetString())
        let signedIn = expected.GetProperty("status").GetString() = "signed-in"
        let token = prop "token" expected |> Option.map (fun t -> t.GetString())
        let undefinedKeys = strings (prop "authUndefinedKeys" expected) |> Option.defaultValue []
        let pendingFalse = prop "authWithTreatPendingAsSignedOutFalse" expected
        let auth, kind, extra =
            match tokenType, signedIn with
            | Some "session_token", true ->
                let payload =
                    match result (Jwt.Decode token.Value) with
                    | Ok jwt -> jwt.Payload
                    | Error e -> failwithf "%s: %s" name e.Message
                let build pending =
                    match result (AuthObject.FromSessionClaims(payload, token.Value, null, pending)) with
                    | Ok auth -> auth
                    | Error e -> failwithf "%s: %s" name e.Message
                let extra =
                    pendingFalse
                    |> Option.map (fun recordedFalse ->
                        diff recordedFalse None (project (build false)) |> List.map (fun p -> "treatPendingAsSignedOut=false: " + p))
                build true, (if pendingFalse.IsSome then SessionPending else SessionSignedIn), extra
            | Some machine, true -> machineAuth case machine token.Value (case.GetProperty("nowMs").GetInt64()), Machine machine, None
            | Some "session_token", false -> AuthObject.SignedOut(), SignedOutSession, None
            | Some machine, false ->
                (match MachineTokenKinds.FromTokenType(machine).Case with
                 | :? MachineTokenKind as k -> AuthObject.UnauthenticatedMachine(k) :> AuthObject
                 | _ -> failwithf "%s: unknown token type %s" name machine),
                SignedOutMachine machine,
                None
            | None, _ -> AuthObject.InvalidToken.Instance, InvalidTokenType, None
        let members = project auth
        let viaJson = [ for p in auth.ToJson().EnumerateObject() -> p.Name, p.Value ]
        let hasEntries = [ for h in expected.GetProperty("has").EnumerateArray() -> h ]
        let hasProblems =
            [ for h in hasEntries do
                  let asked = h.GetProperty "params"
                  let want = h.GetProperty("result").GetBoolean()
                  let got = auth.Has(hasParams asked)
                  if got <> want then yield $"has({asked.GetRawText()}): expected {want}, got {got}" ]
        let problems =
            diff recorded (Some undefinedKeys) members
            @ (diff recorded (Some undefinedKeys) viaJson |> List.map (fun p -> "ToJson: " + p))
            @ hasProblems
            @ (extra |> Option.defaultValue [])
        Some
            { Name = name
              Kind = kind
              Problems = problems
              HasCount = hasEntries.Length
              ObjectCount = 1 + (if pendingFalse.IsSome then 1 else 0)
              TokenFromRequest = token |> Option.map (fun t -> List.contains t (requestTokens case)) }

let private replays = lazy ([ for case in vectors.Value.GetProperty("cases").EnumerateArray() do yield! Option.toList (replay case) ])

let private kindName =
    function
    | SessionSignedIn -> "signed-in session"
    | SessionPending -> "signed-in pending session"
    | Machine t -> $"signed-in {t}"
    | SignedOutSession -> "signed-out session"
    | SignedOutMachine t -> $"signed-out {t}"
    | InvalidTokenType -> "invalid token type"

let private conformance =
    testList
        "recorded auth objects"
        [ testCase "every recorded auth object and has() result matches, by kind" (fun () ->
              let all = replays.Value
              let summary =
                  all
                  |> List.groupBy (fun r -> kindName r.Kind)
                  |> List.map (fun (kind, rs) ->
                      let ok = rs |> List.filter (fun r -> r.Problems.IsEmpty) |> List.length
                      $"{kind}: {rs.Length} cases ({rs |> List.sumBy (fun r -> r.ObjectCount)} objects, {rs |> List.sumBy (fun r -> r.HasCount)} has() checks), {ok} match")
              let fromRequest = all |> List.filter (fun r -> r.TokenFromRequest = Some true) |> List.length
              let fromAnswer = all |> List.filter (fun r -> r.TokenFromRequest = Some false) |> List.length
              printfn "auth-object replay:\n  %s\n  signed-in tokens: %d from the request, %d from a handshake or refresh answer"
                  (String.Join("\n  ", summary)) fromRequest fromAnswer
              let failures = [ for r in all do for p in r.Problems -> $"{r.Name}: {p}" ]
              Expect.isEmpty failures "mismatches"
              // Guard against a silently skipped case: the counts of the recorded file (authenticate-request.json, 106 cases).
              let count kind = all |> List.filter (fun r -> r.Kind = kind) |> List.length
              Expect.equal (count SessionSignedIn) 30 "signed-in session cases"
              Expect.equal (count SessionPending) 1 "pending session cases"
              Expect.equal (count (Machine "api_key") + count (Machine "m2m_token") + count (Machine "oauth_token")) 8 "signed-in machine cases"
              Expect.equal (count SignedOutSession) 31 "signed-out session cases"
              Expect.equal (count (SignedOutMachine "api_key") + count (SignedOutMachine "m2m_token") + count (SignedOutMachine "oauth_token")) 6 "signed-out machine cases"
              Expect.equal (count InvalidTokenType) 1 "invalid token type cases"
              Expect.equal (all |> List.sumBy (fun r -> r.HasCount)) (30 * 25 + 47 * 3) "has() checks")
          testCase "the comparison itself: a changed member, an invented value for an undefined one, a missing member" (fun () ->
              let recorded = parse """{"a":1,"b":[1,2]}"""
              let ours = [ "a", el 1; "b", el [| 1; 2 |] ]
              Expect.isEmpty (diff recorded (Some []) ours) "equal"
              Expect.isNonEmpty (diff recorded (Some []) [ "a", el 2; "b", el [| 1; 2 |] ]) "changed"
              Expect.isNonEmpty (diff recorded (Some [ "c" ]) (ours @ [ "c", el "x" ])) "invented"
              Expect.isEmpty (diff recorded (Some [ "c" ]) (ours @ [ "c", el null ])) "undefined as null"
              Expect.isNonEmpty (diff recorded (Some []) (ours @ [ "c", el null ])) "unlisted member"
              Expect.isNonEmpty (diff recorded (Some []) [ "a", el 1 ]) "missing")
          testCase "the 25-check has() battery is the one of a v2 token with org, features, plans and fva" (fun () ->
              let battery = replays.Value |> List.filter (fun r -> r.HasCount = 25) |> List.length
              Expect.equal battery 30 "cases with the full battery") ]

// ---------------------------------------------------------------------------------------------------------------
// the claim mapping (jwtPayloadParser)

let private v2Claims =
    """{"sub":"user_1","sid":"sess_1","v":2,"fea":"o:reservations,u:dashboard,uo:support-chat,o:impersonation",
        "o":{"id":"orgId","rol":"member","slg":"orgSlug","per":"read,manage","fpm":"2,3"},"pla":"u:pro,o:business"}"""

let private mapping =
    testList
        "session claims"
        [ testCase "v2: @clerk/shared's own example (fpm bit masks, LSB = first permission, ou/uo scopes)" (fun () ->
              let s = signedIn v2Claims
              Expect.equal (List.ofSeq s.OrgPermissions) [ "org:reservations:manage"; "org:support-chat:read"; "org:support-chat:manage" ] "permissions"
              Expect.equal s.OrgRole "org:member" "role"
              Expect.equal s.OrgId "orgId" "id"
              Expect.equal s.OrgSlug "orgSlug" "slug"
              Expect.isFalse s.Actor.HasValue "no act: undefined"
              Expect.isNull s.SessionStatus "no sts: null")
          testCase "v2: features without a mask, masks beyond 64 bits, masks that are not decimal" (fun () ->
              let per = String.Join(",", [ for i in 0..69 -> $"p{i}" ])
              let big = Numerics.BigInteger.Pow(2I, 69) + 1I
              let s = signedIn $"""{{"sub":"u","v":2,"fea":"o:a,o:b,o:c,o:d","o":{{"id":"o","per":"{per}","fpm":"{big}, 0x1 ,-1"}}}}"""
              Expect.equal (List.ofSeq s.OrgPermissions) [ "org:a:p0"; "org:a:p69" ] "only a's mask is a decimal; d has none"
              Expect.isNull s.OrgRole "no rol, no role")
          testCase "v2: o absent leaves every org member undefined; o present without per/fpm gives no permissions" (fun () ->
              let none = signedIn """{"sub":"u","v":2,"fea":"o:a"}"""
              Expect.isNull none.OrgId "id"
              Expect.isNull none.OrgPermissions "permissions"
              let bare = signedIn """{"sub":"u","v":2,"fea":"o:a","o":{"id":"org_1","rol":"admin"}}"""
              Expect.equal (List.ofSeq bare.OrgPermissions) [] "empty list"
              Expect.isTrue (bare.Has(HasParams(Role = "admin"))) "role still checks")
          testCase "v2: a fea element without a colon is @clerk/shared's error (toAuth throws in JS)" (fun () ->
              match result (AuthObject.FromSessionClaims(parse """{"sub":"u","v":2,"fea":"o:a, broken ","o":{"id":"o"}}""")) with
              | Error e -> Expect.equal e.Message "Invalid claim element (missing colon): broken" "message"
              | Ok auth -> failtestf "expected an error, got %O" auth)
          testCase "v2: fea, per, fpm of another type are errors, as JS's split throws" (fun () ->
              for claims in
                  [ """{"v":2,"fea":5,"o":{"id":"o"}}"""
                    """{"v":2,"fea":"o:a","o":{"id":"o","per":["r"],"fpm":"1"}}"""
                    """{"v":2,"fea":"o:a","o":{"id":"o","per":"r","fpm":1}}""" ] do
                  Expect.isTrue (Result.isError (result (AuthObject.FromSessionClaims(parse claims)))) claims
              // ... but not without an `o` claim, where JS does not read them.
              Expect.isTrue (Result.isOk (result (AuthObject.FromSessionClaims(parse """{"v":2,"fea":5}""")))) "no o")
          testCase "v1: org claims copied; v2 keys ignored without v: 2" (fun () ->
              let s =
                  signedIn
                      """{"sub":"u","org_id":"org_1","org_role":"org:member","org_slug":"s","org_permissions":["org:f:read"],"o":{"id":"x"}}"""
              Expect.equal s.OrgId "org_1" "id"
              Expect.equal s.OrgRole "org:member" "role"
              Expect.equal (List.ofSeq s.OrgPermissions) [ "org:f:read" ] "permissions")
          testCase "pending: signed out unless treatPendingAsSignedOut is false" (fun () ->
              let claims = parse """{"sub":"u","sid":"s","sts":"pending"}"""
              match result (AuthObject.FromSessionClaims(claims)) with
              | Ok(:? AuthObject.SignedOut as o) -> Expect.equal o.SessionStatus "pending" "pending"
              | other -> failtestf "got %A" other
              match result (AuthObject.FromSessionClaims(claims, null, null, false)) with
              | Ok(:? AuthObject.SignedIn as s) -> Expect.equal s.SessionStatus "pending" "pending"
              | other -> failtestf "got %A" other)
          testCase "claims that are not an object are an error" (fun () ->
              Expect.isTrue (Result.isError (result (AuthObject.FromSessionClaims(parse "[1]")))) "array") ]

// ---------------------------------------------------------------------------------------------------------------
// has() rules (authorization.ts)

let private org = signedIn """{"sub":"u","v":2,"fea":"o:articles,u:pro_feat,ou:chat","pla":"u:pro,o:team","fva":[3,-1],
                                 "o":{"id":"org_1","rol":"admin","per":"read,manage","fpm":"3,1"}}"""

let private has (auth: AuthObject) (p: HasParams) = auth.Has p

let private rules =
    testList
        "has()"
        [ testCase "org: role and permission with and without org: prefix, both asked must both hold" (fun () ->
              Expect.isTrue (has org (HasParams(Role = "org:org:admin"))) "repeated prefix is one prefix"
              Expect.isFalse (has org (HasParams(Role = ""))) "empty role"
              Expect.isTrue (has org (HasParams(Permission = "chat:read"))) "ou feature is org-scoped"
              Expect.isFalse (has org (HasParams(Permission = "org:articles"))) "a feature is not a permission"
              Expect.isFalse (has org (HasParams(Role = "admin", Permission = "chat:manage"))) "AND")
          testCase "billing: scopes o/org/organization and u/user, bare id in both, unknown scope fails" (fun () ->
              for f, want in
                  [ "articles", true; "organization:articles", true; "user:articles", false; "pro_feat", true; "chat", true
                    "u:chat", true; "o:chat", true; "x:articles", false; "o:articles:extra", true; "articles:", false ] do
                  Expect.equal (has org (HasParams(Feature = f))) want f
              Expect.isTrue (has org (HasParams(Plan = "team"))) "org plan"
              Expect.isFalse (has org (HasParams(Plan = "user:team"))) "org plan for user"
              Expect.isFalse (has org (HasParams(Feature = "articles", Plan = "nope"))) "AND")
          testCase "billing: no claim, or a malformed one, fails" (fun () ->
              let bare = signedIn """{"sub":"u"}"""
              Expect.isFalse (has bare (HasParams(Feature = "a"))) "no fea"
              let broken = signedIn """{"sub":"u","fea":"o:a,b"}"""
              Expect.isFalse (has broken (HasParams(Feature = "a"))) "element without colon")
          testCase "reverification: presets, levels, -1 factors, invalid configs" (fun () ->
              let withFva (fva: string) = signedIn $"""{{"sub":"u","fva":{fva}}}"""
              let check fva (config: ReverificationConfig) = has (withFva fva) (HasParams(Reverification = config))
              Expect.isTrue (check "[3,-1]" ReverificationConfig.StrictMfa) "no 2FA: falls back to first factor"
              Expect.isFalse (check "[3,20]" ReverificationConfig.StrictMfa) "2FA too old"
              Expect.isTrue (check "[3,5]" ReverificationConfig.StrictMfa) "both fresh"
              Expect.isFalse (check "[-1,5]" ReverificationConfig.StrictMfa) "multi-factor without first factor"
              Expect.isTrue (check "[-1,5]" ReverificationConfig.Strict) "second factor only"
              Expect.isTrue (check "[100,5]" ReverificationConfig.Strict) "second factor decides"
              Expect.isFalse (check "[-1,-1]" ReverificationConfig.Lax) "nothing enrolled"
              Expect.isFalse (check "[3,-1]" (ReverificationConfig.Of(ReverificationLevel.FirstFactor, 0.0))) "afterMinutes 0"
              Expect.isFalse (check "[3,-1]" (ReverificationConfig.Of("third_factor", 10.0))) "unknown level"
              Expect.isFalse (check "[3,-1]" (ReverificationConfig.Named "nonsense")) "unknown preset"
              Expect.isFalse (check "[3]" ReverificationConfig.Lax) "malformed fva"
              Expect.isFalse (check "[3,-2]" ReverificationConfig.Lax) "age below -1"
              Expect.isFalse (check "null" ReverificationConfig.Lax) "no fva")
          testCase "nothing asked, no user, signed out and machines: false" (fun () ->
              Expect.isFalse (has org (HasParams())) "{}"
              Expect.isFalse (has (signedIn """{"v":2,"o":{"id":"o","rol":"admin"}}""") (HasParams(Role = "admin"))) "no sub"
              Expect.isFalse (has (AuthObject.SignedOut()) (HasParams(Role = "admin"))) "signed out")
          testCase "Authorization.PrefixWithOrg" (fun () ->
              for input, want in [ "admin", "org:admin"; "org:admin", "org:admin"; "org:org:a", "org:a"; "", "org:"; "org:", "org:"; "xorg:a", "org:xorg:a" ] do
                  Expect.equal (Authorization.PrefixWithOrg input) want input) ]

// ---------------------------------------------------------------------------------------------------------------
// getToken, ToString

let private tokenOf (auth: AuthObject) (options: GetTokenOptions) =
    match run (auth.GetToken(options)) with
    | Value o ->
        Value(
            match o.Case with
            | :? string as t -> Some t
            | _ -> None
        )
    | Failure e -> Failure e
    | Crashed e -> Crashed e

let private apiKeyAuth () =
    let key = System.Text.Json.JsonSerializer.Deserialize("""{"id":"ak_id","name":"n","subject":"org_1","scopes":["s"]}""", Clerk.Functional.Json.ClerkJsonContext.Default.ApiKey)
    AuthObject.FromMachineToken(VerifiedMachineToken.Key(key), "ak_secret_value_123")

let private tokens =
    testList
        "getToken and ToString"
        [ testCase "session: the raw token; a template without a fetcher is a configuration error; with one, it is called" (fun () ->
              let s = signedIn """{"sub":"u","sid":"sess_1"}"""
              Expect.equal (tokenOf s (GetTokenOptions())) (Value(Some "the-raw-token")) "raw"
              match tokenOf s (GetTokenOptions(Template = "t")) with
              | Failure(:? ClerkError.Configuration) -> ()
              | other -> failtestf "got %A" other
              let mutable seen = None
              let fetcher =
                  SessionTokenFetcher(fun sid template expires _ ->
                      seen <- Some(sid, template, expires)
                      LanguageExt.Prelude.SuccessAff<LanguageExt.Either<ClerkError, string>>(LanguageExt.Prelude.Right<ClerkError, string>("templated")))
              let withFetcher =
                  match result (AuthObject.FromSessionClaims(parse """{"sub":"u","sid":"sess_1"}""", "raw", fetcher)) with
                  | Ok a -> a
                  | Error e -> failwith e.Message
              Expect.equal (tokenOf withFetcher (GetTokenOptions(ExpiresInSeconds = Nullable 60))) (Value(Some "templated")) "fetched"
              Expect.equal seen (Some("sess_1", "", Nullable 60)) "sessions.getToken(sid, '', 60)")
          testCase "session without sid, signed out: none; machine: the token" (fun () ->
              Expect.equal (tokenOf (signedIn """{"sub":"u"}""") (GetTokenOptions())) (Value None) "no sid"
              Expect.equal (tokenOf (AuthObject.SignedOut()) (GetTokenOptions())) (Value None) "signed out"
              Expect.equal (tokenOf (apiKeyAuth ()) (GetTokenOptions())) (Value(Some "ak_secret_value_123")) "api key"
              let key = apiKeyAuth () :?> AuthObject.ApiKeyAuth
              Expect.equal key.OrgId "org_1" "org subject"
              Expect.isNull key.UserId "not a user")
          testCase "ToString never shows a token" (fun () ->
              let s = signedIn """{"sub":"u","sid":"sess_1"}"""
              Expect.isFalse (s.ToString().Contains "the-raw-token") (s.ToString())
              Expect.isFalse ((apiKeyAuth ()).ToString().Contains "ak_secret_value_123") ((apiKeyAuth ()).ToString())
              Expect.isFalse ((apiKeyAuth ()).ToJson().GetRawText().Contains "ak_secret_value_123") "ToJson") ]

// ---------------------------------------------------------------------------------------------------------------
// properties

let private claimText: Gen<string> =
    Gen.elements [ "o:a"; "u:b"; "ou:c"; "uo:d"; "x:e"; "f"; ""; " o:a "; "o:"; ":"; "o:a:b"; "org:g" ]
    |> Gen.listOf
    |> Gen.map (fun parts -> String.Join(",", parts))

let private anyText: Gen<string> = Gen.oneof [ claimText; textGen; Gen.constant null ]

let private paramsGen: Gen<HasParams> =
    gen {
        let! role = anyText
        let! permission = anyText
        let! feature = anyText
        let! plan = anyText
        let! preset = Gen.elements [ "strict"; "strict_mfa"; "lax"; "moderate"; "x"; "" ]
        let! level = Gen.elements [ ReverificationLevel.FirstFactor; ReverificationLevel.SecondFactor; ReverificationLevel.MultiFactor; "bad" ]
        let! minutes = Gen.elements [ -1.0; 0.0; 0.5; 10.0; nan; infinity ]
        let! which = Gen.choose (0, 2)
        let reverification =
            match which with
            | 0 -> null
            | 1 -> ReverificationConfig.Named preset
            | _ -> ReverificationConfig.Of(level, minutes)
        return HasParams(Role = role, Permission = permission, Feature = feature, Plan = plan, Reverification = reverification)
    }

let private properties =
    testList
        "properties"
        [ testPropertyWithConfig (config 500) "FromSessionClaims, Has, GetToken and ToJson never throw, for any JSON claims" (fun () ->
              Prop.forAll (Arb.fromGen (Gen.zip jsonGen paramsGen)) (fun (json, p) ->
                  match result (AuthObject.FromSessionClaims(parse json, "tok")) with
                  | Ok auth ->
                      auth.Has p |> ignore
                      auth.ToJson() |> ignore
                      tokenOf auth (GetTokenOptions()) |> ignore
                  | Error _ -> ()))
          testPropertyWithConfig (config 500) "v2 claims built from random fea/per/fpm never throw, and has() agrees with a literal reading" (fun () ->
              let fpmGen = Gen.elements [ "0"; "1"; "2"; "3"; "7"; "18446744073709551617"; "x"; ""; " 5 " ] |> Gen.listOf |> Gen.map (fun l -> String.Join(",", l))
              Prop.forAll (Arb.fromGen (Gen.zip3 claimText fpmGen paramsGen)) (fun (fea, fpm, p) ->
                  let claims =
                      JsonObject(
                          dict
                              [ "sub", JsonValue.Create "u" :> JsonNode
                                "v", JsonValue.Create 2
                                "fea", JsonValue.Create fea
                                "pla", JsonValue.Create fea
                                "fva", JsonArray(JsonValue.Create 5, JsonValue.Create -1)
                                "o", JsonObject(dict [ "id", JsonValue.Create "org_1" :> JsonNode; "rol", JsonValue.Create "admin"; "per", JsonValue.Create "r,w"; "fpm", JsonValue.Create fpm ]) ])
                  match result (AuthObject.FromSessionClaims(parse (claims.ToJsonString()))) with
                  | Ok auth ->
                      let s = auth :?> AuthObject.SignedIn
                      // every permission is org:<org-scoped feature>:<r|w>
                      s.OrgPermissions |> Seq.forall (fun perm -> perm.StartsWith "org:" && (perm.EndsWith ":r" || perm.EndsWith ":w"))
                      && (auth.Has p |> ignore; true)
                  | Error e -> e.Message.StartsWith "Invalid claim element (missing colon): ")) ]

let tests = testList "AuthObject" [ conformance; mapping; rules; tokens; properties ]
