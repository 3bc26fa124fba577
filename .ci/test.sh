#!/usr/bin/env bash
# Restores tools and packages, builds the solution, runs every test suite and the conformance replay,
# and ends with one line: "N passed, N failed". Exits non-zero when anything failed or nothing ran.
# Needs the .NET SDK (10.0), and Node.js 18+ with npm for Prism (a validating mock of Clerk's OpenAPI specification,
# installed from the npm registry into tests/prism and started on a free 127.0.0.1 port) and for @clerk/backend 3.25.0
# (installed into tests/emulator-js, and run against Clerk.Emulator).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
config=${CONFIGURATION:-Release}

step() { echo "== $*"; }
die() { echo "$*" >&2; echo; echo "0 passed, 1 failed"; exit 1; }

step "tool restore";  dotnet tool restore >/dev/null || die "dotnet tool restore failed"
step "paket restore"; dotnet paket restore >/dev/null || die "dotnet paket restore failed"
step "build ($config)"
dotnet build Clerk.Functional.sln -c "$config" -v q -nologo -clp:ErrorsOnly || die "build failed"

total_passed=0; total_failed=0; worst=0
strip_ansi() { sed -u 's/\x1b\[[0-9;?]*[A-Za-z]//g'; }
# No step may hang the run: each gets 20 minutes, then it is killed and counted as failed.
bounded() { timeout -k 30 1200 "$@"; local rc=$?; [ $rc -eq 124 ] || [ $rc -eq 137 ] && echo "killed after 1200 s: $*"; return $rc; }

# Expecto suites: "... – N passed, N ignored, N failed, N errored." Ignored tests count as failures.
run_expecto() {
  local name=$1 log; shift
  step "suite $name"
  log=$(mktemp)
  bounded "$@" --no-spinner --colours 0 2>&1 | strip_ansi | tee "$log"
  local rc=${PIPESTATUS[0]}
  echo
  local line; line=$(grep -Eo '[0-9]+ passed, [0-9]+ ignored, [0-9]+ failed, [0-9]+ errored' "$log" | tail -1)
  rm -f "$log"
  if [ -z "$line" ]; then echo "suite $name printed no summary (rc=$rc)"; total_failed=$((total_failed + 1)); worst=1; return; fi
  read -r p _ i _ f _ e _ <<<"${line//,/}"
  total_passed=$((total_passed + p)); total_failed=$((total_failed + i + f + e))
  if [ "$p" -eq 0 ]; then echo "suite $name ran no tests"; total_failed=$((total_failed + 1)); worst=1; fi
  [ "$rc" -ne 0 ] && worst=1
  [ $((i + f + e)) -ne 0 ] && worst=1
}

# The conformance runner (and the benchmark's check) prints "N passed, N failed" itself.
run_conformance() {
  local name=$1; shift
  step "conformance $name"
  local log; log=$(mktemp)
  bounded "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local line; line=$(tail -1 "$log"); rm -f "$log"
  if [[ ! "$line" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    echo "conformance $name printed no summary (rc=$rc)"; total_failed=$((total_failed + 1)); worst=1; return
  fi
  total_passed=$((total_passed + BASH_REMATCH[1])); total_failed=$((total_failed + BASH_REMATCH[2]))
  if [ "${BASH_REMATCH[1]}" -eq 0 ]; then echo "conformance $name ran no cases"; total_failed=$((total_failed + 1)); worst=1; fi
  [ "$rc" -ne 0 ] && worst=1
}

# net10.0 runs on the installed runtime; net8.0 builds are self-contained (tests/Directory.Build.props), run as executables.
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
net8() { echo "tests/$1/bin/$config/net8.0/$rid/$1"; }
run_expecto "core (net10.0)" dotnet "tests/Clerk.Functional.Tests/bin/$config/net10.0/Clerk.Functional.Tests.dll"
run_expecto "facade (net10.0)" dotnet "tests/Clerk.CSharp.Tests/bin/$config/net10.0/Clerk.CSharp.Tests.dll"
run_expecto "core (net8.0)" "$(net8 Clerk.Functional.Tests)"
run_expecto "facade (net8.0)" "$(net8 Clerk.CSharp.Tests)"
# Every sub-API and case of requests.json is replayed (a sub-API or method missing from ClerkApi fails its surface case).
for target in net10.0 net8.0; do
  if [ "$target" = net10.0 ]; then replay=(dotnet "tests/Clerk.Conformance/bin/$config/net10.0/Clerk.Conformance.dll"); else replay=("$(net8 Clerk.Conformance)"); fi
  run_conformance "requests ($target)" "${replay[@]}" \
    --spec tests/spec/bapi-2026-05-12.json --deviations tests/spec/known-deviations.json tests/vectors/requests.json
  # Every facade method decodes the answers Prism generated for it (recorded in tests/prism/answers, fixed seeds).
  run_conformance "recorded answers ($target)" "${replay[@]}" --fixtures tests/prism/answers \
    --deviations tests/spec/known-deviations.json tests/vectors/requests.json
  run_conformance "verify-token ($target)" "${replay[@]}" tests/vectors/verify-token.json
  run_conformance "webhooks ($target)" "${replay[@]}" tests/vectors/webhooks.json
  run_conformance "authenticate-request ($target)" "${replay[@]}" tests/vectors/authenticate-request.json
done
# Every facade method once over real HTTP against Prism: the mock accepts each request and the SDK decodes each answer.
# The answers it records must equal the checked-in ones (same seeds, same answers), else tests/prism/answers is stale.
step "prism"
prism_pid=""
stop_prism() { [ -n "$prism_pid" ] && kill "$prism_pid" 2>/dev/null; wait "$prism_pid" 2>/dev/null; prism_pid=""; }
trap stop_prism EXIT
if npm ci --prefix tests/prism --silent --no-audit --no-fund >/dev/null 2>&1 &&
   mkdir -p .ci/out && node tests/prism/prepare-spec.mjs tests/spec/bapi-2026-05-12.json .ci/out/prism-spec.json; then
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  tests/prism/node_modules/.bin/prism mock --dynamic -h 127.0.0.1 -p "$port" .ci/out/prism-spec.json >.ci/out/prism.log 2>&1 &
  prism_pid=$!
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.5
  done
  rm -rf .ci/out/answers
  run_conformance "prism (net10.0)" dotnet "tests/Clerk.Conformance/bin/$config/net10.0/Clerk.Conformance.dll" \
    --live "http://127.0.0.1:$port" --record .ci/out/answers --deviations tests/spec/known-deviations.json tests/vectors/requests.json
  stop_prism
  step "recorded answers are current"
  if diff -r tests/prism/answers .ci/out/answers >/dev/null; then total_passed=$((total_passed + 1)); echo "PASS answers.current"
  else echo "FAIL answers.current: tests/prism/answers differs from Prism's answers; re-record them (tests/prism/README.md)"; total_failed=$((total_failed + 1)); worst=1; fi
else
  echo "could not install or prepare Prism (npm ci in tests/prism)"; total_failed=$((total_failed + 1)); worst=1
fi

# Clerk's own @clerk/backend 3.25.0 against Clerk.Emulator, directly and through Prism as a validating proxy.
if npm ci --prefix tests/emulator-js --silent --no-audit --no-fund >/dev/null 2>&1 && [ -f .ci/out/prism-spec.json ]; then
  run_conformance emulator-js node tests/emulator-js/check.mjs --emulator "src/Clerk.Emulator/bin/$config/net10.0/Clerk.Emulator.dll" \
    --prism tests/prism/node_modules/.bin/prism --spec .ci/out/prism-spec.json
else
  echo "could not install @clerk/backend (npm ci in tests/emulator-js) or prepare Prism's spec"; total_failed=$((total_failed + 1)); worst=1
fi

# The README's main command: the quickstarts on the embedded in-memory Clerk, and read-only against Clerk.Emulator.
run_conformance quickstart bash tests/quickstart/check.sh "$config"

# The decode benchmark compares like with like: its plain classes are generated from the current resources.
run_conformance bench-fairness dotnet "bench/Clerk.Bench/bin/$config/net10.0/Clerk.Bench.dll" check

echo
echo "$total_passed passed, $total_failed failed"
[ "$worst" -eq 0 ] && [ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
