/// FsCheck generators shared by the property tests.
module Clerk.Functional.Tests.Generators

open System
open System.Text
open System.Text.Json
open System.Text.Json.Nodes
open FsCheck
open FsCheck.FSharp
open Expecto

/// Property configuration: at least `n` cases.
let config (n: int) = { FsCheckConfig.defaultConfig with maxTest = n }

let private anyString : Gen<string> = ArbMap.defaults |> ArbMap.generate<string>

/// True when the string is well-formed UTF-16 (no lone surrogate).
let isWellFormedUtf16 (s: string) =
    let mutable ok = true
    let mutable i = 0
    while ok && i < s.Length do
        let c = s[i]
        if Char.IsHighSurrogate c then
            if i + 1 < s.Length && Char.IsLowSurrogate s[i + 1] then i <- i + 2 else ok <- false
        elif Char.IsLowSurrogate c then ok <- false
        else i <- i + 1
    ok

/// Path-hostile fragments: separators, dot segments, escapes, spaces, controls, non-ASCII.
let private hostileFragments =
    [ "../"; ".."; "."; "/"; "?"; "#"; "%"; "%2F"; "%2e%2e"; "%00"; " "; "+"; "&"; "="; ";"; ":"; "@"; "\\"
      "\t"; "\n"; "\r\n"; "\u0000"; "~"; "'"; "\""; "<>"; "[]"; "{}"; "|"; "^"; "`"
      "ü"; "é"; "日本"; "😀"; "\u200B"; "\uFEFF"; "ǅ"; "user_"; "2abc"; "a"; "Z"; "0"
      // Lone surrogates, built at run time (an F# literal would turn them into U+FFFD).
      string (char 0xD800); string (char 0xDFFF) ]

/// Identifiers: arbitrary strings (null and empty included), dot segments, and compositions of hostile fragments.
let idGen : Gen<string> =
    Gen.frequency
        [ 3, anyString
          1, Gen.elements [ null; ""; "."; ".."; "..."; "./"; "/."; "../.."; "user_123"; " "; "%"; "#"; "?"; "/" ]
          4,
          Gen.choose (1, 6)
          |> Gen.bind (fun n -> Gen.listOfLength n (Gen.elements hostileFragments))
          |> Gen.map (String.concat "") ]

/// Strings that are well-formed UTF-16 (anything a JSON API can carry), non-null.
let textGen : Gen<string> =
    Gen.oneof
        [ anyString |> Gen.filter (fun s -> not (isNull s) && isWellFormedUtf16 s)
          Gen.elements [ ""; "form_identifier_not_found"; "Not found"; "ünïcödé 😀"; "quote\" back\\slash"; "line\nbreak"; "</script>" ] ]

/// Keys JSON objects get: mostly names the decoders care about, so random values land on typed members.
let private keyGen : Gen<string> =
    Gen.frequency
        [ 4,
          Gen.elements
              [ "id"; "object"; "data"; "total_count"; "deleted"; "errors"; "code"; "message"; "long_message"; "meta"
                "clerk_trace_id"; "email_addresses"; "phone_numbers"; "web3_wallets"; "passkeys"; "external_accounts"
                "saml_accounts"; "enterprise_accounts"; "organization_memberships"; "verification"; "status"; "strategy"
                "linked_to"; "public_metadata"; "private_metadata"; "created_at"; "updated_at"; "first_name"; "banned"
                "create_organizations_limit"; "protocol"; "enterprise_connection"; "saml_connection"; "scim"; "email_address" ]
          1, textGen ]

/// Numbers as JSON text, including ones no .NET integer holds.
let private numberGen : Gen<string> =
    Gen.oneof
        [ ArbMap.defaults |> ArbMap.generate<int64> |> Gen.map string
          ArbMap.defaults |> ArbMap.generate<NormalFloat> |> Gen.map (fun (NormalFloat f) -> f.ToString("R", Globalization.CultureInfo.InvariantCulture))
          Gen.elements [ "0"; "-0"; "1e400"; "-1e400"; "1.5"; "2147483648"; "9223372036854775808"; "123456789012345678901234567890"; "1E2"; "0.0000001" ] ]

/// A JSON value as text: nested objects, arrays, numbers, strings, booleans and nulls.
let rec private jsonOfDepth (depth: int) : Gen<string> =
    let scalar =
        Gen.frequency
            [ 1, Gen.constant "null"
              1, Gen.elements [ "true"; "false" ]
              2, numberGen
              2, textGen |> Gen.map (fun s -> JsonSerializer.Serialize s) ]
    if depth <= 0 then
        scalar
    else
        let child = jsonOfDepth (depth - 1)
        let array =
            Gen.choose (0, 4)
            |> Gen.bind (fun n -> Gen.listOfLength n child)
            |> Gen.map (fun xs -> "[" + String.Join(",", xs) + "]")
        let obj =
            Gen.choose (0, 5)
            |> Gen.bind (fun n -> Gen.listOfLength n (Gen.zip keyGen child))
            |> Gen.map (fun members ->
                "{" + String.Join(",", members |> List.map (fun (k, v) -> JsonSerializer.Serialize k + ":" + v)) + "}")
        Gen.frequency [ 2, scalar; 2, array; 3, obj ]

/// JSON values up to four levels deep.
let jsonGen : Gen<string> = Gen.choose (0, 4) |> Gen.bind jsonOfDepth

/// Every JSON path (as a node list) in a document, for mutation.
let rec private paths (node: JsonNode) (prefix: (JsonNode * Choice<string, int>) list) : (JsonNode * Choice<string, int>) list list =
    match node with
    | :? JsonObject as o ->
        [ for kv in Seq.toList o do
              let step = (node, Choice1Of2 kv.Key)
              yield step :: prefix
              if not (isNull kv.Value) then yield! paths kv.Value (step :: prefix) ]
    | :? JsonArray as a ->
        [ for i in 0 .. a.Count - 1 do
              let step = (node, Choice2Of2 i)
              yield step :: prefix
              if not (isNull a[i]) then yield! paths a[i] (step :: prefix) ]
    | _ -> []

/// A valid JSON document with one member or element replaced by a random JSON value (or removed).
let mutatedJsonGen (validJson: string) : Gen<string> =
    let count = paths (JsonNode.Parse validJson) [] |> List.length
    gen {
        let! index = Gen.choose (0, count - 1)
        let! replacement = jsonGen
        let! remove = Gen.frequency [ 4, Gen.constant false; 1, Gen.constant true ]
        let root = JsonNode.Parse validJson
        let path = (paths root []).[index]
        let (parent, step) = List.head path
        let value = JsonNode.Parse(replacement)
        match step, parent with
        | Choice1Of2 key, (:? JsonObject as o) -> if remove then o.Remove key |> ignore else o[key] <- value
        | Choice2Of2 i, (:? JsonArray as a) -> if remove then a.RemoveAt i else a[i] <- value
        | _ -> ()
        return root.ToJsonString()
    }

/// Arbitrary bytes.
let bytesGen : Gen<byte[]> = ArbMap.defaults |> ArbMap.generate<byte[]> |> Gen.map (fun b -> if isNull b then [||] else b)

/// Secret keys: `sk_test_` and 1 to 48 ASCII letters and digits.
let secretKeyGen : Gen<string> =
    let alnum = [ 'a' .. 'z' ] @ [ 'A' .. 'Z' ] @ [ '0' .. '9' ]
    Gen.choose (1, 48)
    |> Gen.bind (fun n -> Gen.arrayOfLength n (Gen.elements alnum))
    |> Gen.map (fun cs -> "sk_test_" + String(cs))
