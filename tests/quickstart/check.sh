#!/usr/bin/env bash
# Runs the quickstarts as the README says a newcomer runs them, and checks what they print:
# the C# and F# quickstarts on the embedded in-memory Clerk (no configuration), and the C# quickstart's read-only mode
# against Clerk.Emulator through CLERK_SECRET_KEY and CLERK_API_URL (also with a wrong key).
# Usage: tests/quickstart/check.sh CONFIGURATION. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
config=${1:-Release}
csharp="samples/Quickstart/bin/$config/net10.0/Quickstart.dll"
fsharp="samples/Quickstart.FSharp/bin/$config/net10.0/Quickstart.FSharp.dll"
passed=0; failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# expect NAME OUTPUT LINE...: every LINE is a whole line of OUTPUT.
expect_lines() {
  local name=$1 output=$2; shift 2
  for line in "$@"; do
    grep -Fxq -- "$line" <<<"$output" || { fail "$name" "missing line: $line"; echo "$output" | sed 's/^/    | /'; return; }
  done
  pass "$name"
}

# The C# quickstart exactly as the README's main command runs it (a Debug build of its own); the rest run the built dlls.
out=$(env -u CLERK_SECRET_KEY -u CLERK_API_URL dotnet run --project samples/Quickstart 2>&1); rc=$?
[ $rc -eq 0 ] || fail "quickstart.csharp.exit" "exit code $rc"
expect_lines quickstart.csharp.embedded "$out" \
  "organization Analytical Engines (analytical-engines) with 3 members" \
  "3 users, 2 per page:" "  page 1: ada_lovelace, alan_turing" "  page 2: grace_hopper" \
  "streamed: ada_lovelace, alan_turing, grace_hopper"
grep -Eq '^auth: userId=user_[A-Za-z0-9]+ sessionId=sess_[A-Za-z0-9]+ orgId=org_[A-Za-z0-9]+ orgRole=org:admin has\(org:admin\)=True$' <<<"$out" \
  && pass quickstart.csharp.auth || fail quickstart.csharp.auth "no signed-in auth line"
[ "$(tail -1 <<<"$out")" = "signed-in" ] && pass quickstart.csharp.signed-in || fail quickstart.csharp.signed-in "last line: $(tail -1 <<<"$out")"

out=$(env -u CLERK_SECRET_KEY -u CLERK_API_URL dotnet "$fsharp" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "quickstart.fsharp.exit" "exit code $rc"
expect_lines quickstart.fsharp.embedded "$out" "2 users; first: ada_lovelace"
grep -Eq '^auth: userId=user_[A-Za-z0-9]+ orgId=org_[A-Za-z0-9]+ orgRole=org:admin has\(org:admin\)=true$' <<<"$out" \
  && pass quickstart.fsharp.auth || fail quickstart.fsharp.auth "no signed-in auth line"
[ "$(tail -1 <<<"$out")" = "signed-in" ] && pass quickstart.fsharp.signed-in || fail quickstart.fsharp.signed-in "last line: $(tail -1 <<<"$out")"

# Read-only mode against the emulator on a free loopback port.
key="sk_test_quickstart$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
log=$(mktemp)
# The emulator exactly as the README starts it.
dotnet run --project src/Clerk.Emulator -- --port "$port" --secret-key "$key" >"$log" 2>&1 &
emulator_pid=$!
trap 'kill $emulator_pid 2>/dev/null; wait $emulator_pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 600); do grep -q "^Clerk emulator on " "$log" && break; sleep 0.2; done
if grep -q "^Clerk emulator on http://127.0.0.1:$port secret_key=$key publishable_key=pk_test_" "$log"; then pass emulator.banner
else fail emulator.banner "$(cat "$log")"; fi
out=$(CLERK_SECRET_KEY="$key" CLERK_API_URL="http://127.0.0.1:$port" dotnet "$csharp" 2>&1); rc=$?
[ $rc -eq 0 ] || fail quickstart.read-only.exit "exit code $rc"
expect_lines quickstart.read-only "$out" "Clerk instance at http://127.0.0.1:$port (read-only)" "0 users; newest: " "0 organizations; newest: "
out=$(CLERK_SECRET_KEY="${key}wrong" CLERK_API_URL="http://127.0.0.1:$port" dotnet "$csharp" 2>&1); rc=$?
if [ $rc -eq 1 ] && grep -q "^Clerk refused: .*401.*authentication_invalid" <<<"$out" && ! grep -qF "$key" <<<"$out"; then pass quickstart.wrong-key
else fail quickstart.wrong-key "exit $rc: $out"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
