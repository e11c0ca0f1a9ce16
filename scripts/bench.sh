#!/usr/bin/env bash
# Benchmark (not a test): builds the release and prints what a visitor downloads and how fast
# the first screen appears. Figures go in the closing notes; nothing here passes or fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

scripts/trunk.sh build --release --offline >/dev/null 2>&1 || scripts/trunk.sh build --release --offline

# Bytes per build: the full app (dist/ without check/) and the self-check build (dist/check/), each as
# everything a first visit downloads (html + css + js + wasm + svg), raw and gzip -9.
shipped() {
  local title="$1" dir="$2" prune="$3"
  echo "$title"
  printf '  %-6s %10s %12s\n' kind raw "gzip -9"
  local total_raw=0 total_gz=0
  for kind in wasm js css html svg; do
    local raw=0 gz=0
    while IFS= read -r -d '' file; do
      raw=$((raw + $(stat -c %s "$file")))
      gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
    done < <(find "$dir" $prune -type f -name "*.$kind" -print0)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '  %-6s %10d %12d\n' "$kind" "$raw" "$gz"
  done
  printf '  %-6s %10d %12d\n' total "$total_raw" "$total_gz"
}
shipped "Shipped bytes, the full app (dist/ without check/; budget 350 KB gzip):" dist "-path dist/check -prune -o"
shipped "Shipped bytes, the self-check build (dist/check/; budget 150 KB gzip):" dist/check ""
echo
cargo run --quiet --release --example ten_year_diary -- target/bench/ten-year-diary.json
echo
node scripts/bench-load.mjs target/bench/ten-year-diary.json
