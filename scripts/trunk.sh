#!/usr/bin/env bash
# Runs trunk for the release build with the pinned nightly toolchain that scripts/setup.sh installs:
# the standard library rebuilt for size (-Zbuild-std) and panics that stop at once (immediate-abort),
# which leaves out the panic message machinery: 13 % less WebAssembly (`make bench` prints the bytes).
#
# Only the wasm build of the app and of check/ uses these flags; the prerender step (native) and every
# test layer use the stable toolchain. RELEASE_TOOLCHAIN=stable builds the same app on stable: the Rust
# panic hook then shows the crash screen, where the nightly build relies on static/theme-early.js.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/toolchain.env
source "$ROOT/scripts/toolchain.env"
if [ "${RELEASE_TOOLCHAIN:-nightly}" = nightly ]; then
  export RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
fi
exec trunk "$@"
