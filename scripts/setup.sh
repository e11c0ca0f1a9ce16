#!/usr/bin/env bash
# Installs what building (`setup.sh build`) or testing (`setup.sh test`) needs, and nothing twice.
#
# Every tool comes from a package registry (crates.io, npm, Debian); nothing is fetched from
# anywhere else. Each step first checks whether the right version is already there and skips
# itself if so, so running this on every `make serve` / `make test` costs a second or two.
set -euo pipefail

MODE="${1:-build}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned tool versions. trunk 0.22.1 needs rustc >= 1.96.1 to build, so it gets its own toolchain;
# the app itself builds with the machine's stable toolchain.
TRUNK_VERSION="0.22.1"
TRUNK_RUST="1.96.1"
# The wasm-bindgen CLI must match the crate in Cargo.lock exactly, or the generated glue breaks.
# shellcheck source=scripts/toolchain.env
source "$ROOT/scripts/toolchain.env"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

have_version() { # have_version COMMAND EXPECTED_SUBSTRING
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target: present"
  else
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  if have_version wasm-bindgen "$WASM_BINDGEN_VERSION" && have_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
    say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
  else
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
    # Not --locked: its lock file names a crate version newer than the registry index here.
    cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
  fi
}

ensure_trunk() {
  if have_version trunk "trunk $TRUNK_VERSION"; then
    say "trunk $TRUNK_VERSION: present"
  else
    say "installing trunk $TRUNK_VERSION with Rust $TRUNK_RUST (10-15 minutes on 2 cores, once)"
    rustup toolchain list | grep -q "^$TRUNK_RUST" || rustup toolchain install "$TRUNK_RUST" --profile minimal
    cargo "+$TRUNK_RUST" install --locked --force trunk --version "=$TRUNK_VERSION"
  fi
}

ensure_npm_deps() {
  # npm ci wipes node_modules, so only run it when the lock file changed since the last install.
  local stamp="node_modules/.installed-lock-sha"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/wasm-opt ]; then
    say "npm test and build dependencies: present"
  else
    say "installing npm dependencies (binaryen's wasm-opt, Playwright's runner without browsers)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver: present"
    return
  fi
  say "installing Debian's chromium and chromium-driver"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
}

ensure_release_nightly() {
  # The release build's WebAssembly is built by this pinned nightly (scripts/trunk.sh), with the standard
  # library's source (rust-src) so it can be rebuilt for size, and the wasm32 target.
  if rustup toolchain list | grep -q "^$RELEASE_NIGHTLY" \
    && rustup component list --toolchain "$RELEASE_NIGHTLY" --installed | grep -q '^rust-src' \
    && rustup target list --toolchain "$RELEASE_NIGHTLY" --installed | grep -qx wasm32-unknown-unknown; then
    say "$RELEASE_NIGHTLY with rust-src and wasm32: present"
  else
    say "installing $RELEASE_NIGHTLY with rust-src and the wasm32 target (the release build's toolchain)"
    rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
  fi
}

ensure_crates() {
  # trunk runs cargo with --offline (so it can never fetch a tool), so every crate must be
  # downloaded first. A no-op when the registry cache already has them.
  say "crates from Cargo.lock: fetching what is missing"
  cargo fetch --locked --quiet
  # The standard library's own crates, which the release build compiles (-Zbuild-std), from its lock file.
  local library
  library="$(rustc "+$RELEASE_NIGHTLY" --print sysroot)/lib/rustlib/src/rust/library"
  cargo "+$RELEASE_NIGHTLY" fetch --locked --quiet --manifest-path "$library/Cargo.toml"
}

ensure_wasm_target
ensure_release_nightly
ensure_crates
ensure_wasm_bindgen
ensure_npm_deps
ensure_trunk
if [ "$MODE" = "test" ]; then
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  ensure_chromium
fi
say "ready ($MODE)"
