#!/usr/bin/env bash
# Runs every test layer and ends with one line: "summary: N passed, N failed".
#   1. formatting and lints (cargo fmt --check, clippy native and wasm, -D warnings) and the
#      themes' colour contrast (scripts/contrast.mjs: every token pair meets WCAG AA)
#   2. native unit tests of the pure logic (cargo test)
#   3. browser tests in headless Chromium (cargo test --target wasm32-unknown-unknown)
#   4. end-to-end journeys against the release build (Playwright + Debian's Chromium)
# Every layer runs even if an earlier one fails, so one run shows everything that is wrong.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_SKIP_VERSION_CHECK=true
LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"

passed=0
failed=0
broken_layers=()

# Adds up "N passed; M failed" (cargo) lines from a log.
count_cargo() {
  local log="$1" p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

# Adds up Playwright's closing "N passed" / "N failed" lines.
count_playwright() {
  local log="$1" p f
  p=$(grep -Eo '^ +[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '^ +[0-9]+ (failed|flaky|timed out)' "$log" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

layer() { # layer NAME COUNTER COMMAND...
  local name="$1" counter="$2"
  shift 2
  local log="$LOGS/$name.log"
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p=0 f=0
  if [ "$counter" != none ]; then
    read -r p f < <("$counter" "$log")
  else
    if [ "$status" -eq 0 ]; then p=1; else f=1; fi
  fi
  # A command that failed without any failing test (a build error) still counts as a failure.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$status" -eq 0 ] || broken_layers+=("$name")
  printf '=== %s: %s passed, %s failed (exit %s)\n' "$name" "$p" "$f" "$status"
}

layer fmt none cargo fmt --all -- --check
layer contrast none node scripts/contrast.mjs
layer clippy-native none cargo clippy --all-targets -- -D warnings
layer clippy-wasm none cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
layer native count_cargo cargo test
# chromedriver leaves each Chromium profile it started in /tmp (about 75 MB each, a dozen a run), which filled
# this machine's disk once: the ones this layer made are removed after it.
started_browser_layer="$(mktemp)"
layer browser count_cargo cargo test --target wasm32-unknown-unknown --test 'browser_*'
find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'org.chromium.Chromium.scoped_dir.*' -newer "$started_browser_layer" \
  -exec rm -rf {} + 2>/dev/null
rm -f "$started_browser_layer"
layer build none scripts/trunk.sh build --release --offline
if [ -f dist/index.html ]; then
  layer e2e count_playwright npx playwright test
else
  echo "=== e2e: skipped, the release build failed"
  failed=$((failed + 1))
  broken_layers+=("e2e")
fi

echo
if [ "${#broken_layers[@]}" -gt 0 ]; then
  echo "failing layers: ${broken_layers[*]} (logs in target/test-logs/)"
fi
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "${#broken_layers[@]}" -eq 0 ]
