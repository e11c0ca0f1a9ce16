// Runs before the first paint, while the app itself is still loading: applies the colour theme the
// person chose (src/domain/theme.rs, stored by src/storage/preferences.rs) so that someone who picked
// Dark or Dim on a device set to light never gets a flash of white during a migraine. Read-only: it
// never writes, and anything it cannot read leaves the page to follow the device (the app then shows
// the problem itself). Allowed by the Content-Security-Policy as one of the app's own files (in check/, inside the page, by its hash:
// scripts/inline-first-paint.mjs).
(function applyChosenTheme() {
  try {
    var stored = JSON.parse(window.localStorage.getItem('headache-diary.preferences'));
    var theme = stored && stored.data && stored.data.theme;
    if (theme === 'light' || theme === 'dark' || theme === 'dim') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (ignored) {
    // Storage blocked or damaged: follow the device's setting.
  }
})();

// Until static/first-screen.js (right after #app) has chosen the first screen, #app is not painted, so a
// prerendered screen that is about to be swapped never flashes (styles/base.css).
document.documentElement.setAttribute('data-first-screen', 'pending');

// The release build's WebAssembly stops at once on a panic (scripts/trunk.sh: immediate-abort), so no Rust panic
// hook runs: the failure reaches the page as an uncaught WebAssembly.RuntimeError (a trap) from an event handler
// or a task. This shows the same crash screen the hook would (src/platform/crash_screen.rs), so a person never
// faces a frozen half-page. A module that cannot be compiled or linked gets the same screen, not "Loading…".
(function showCrashScreenOnTrap() {
  function fromWebAssembly(error) {
    return typeof WebAssembly !== 'undefined' && (error instanceof WebAssembly.RuntimeError
      || error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError);
  }
  function show() {
    var app = document.getElementById('app');
    var screen = document.getElementById('crash-screen');
    if (!screen) return;
    if (app) app.hidden = true;
    screen.hidden = false;
    screen.focus();
  }
  window.addEventListener('error', function (event) {
    if (fromWebAssembly(event.error)) show();
  });
  window.addEventListener('unhandledrejection', function (event) {
    if (fromWebAssembly(event.reason)) show();
  });
})();
