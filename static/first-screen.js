// Runs right after #app is parsed, long before the app's WebAssembly has arrived: chooses which
// prerendered first screen (scripts/prerender-inject.mjs) to show.
//
// - A first visit to #/ keeps the home screen that is already in #app.
// - An old #/check address (a bookmark, a clinic's link, an installed app's shortcut) goes on at once to the
//   self-check build beside the app (check/), with its query (?embed=1): the full app has no self-check of its
//   own, and check/ is well under half its download. check/ itself (<html data-build="check">) keeps its own screen.
// - Anyone with something stored (a diary, settings, a self-check under way or a lock), any other
//   page, and the embed mode see "Loading…" as before: their first screen depends on what is stored,
//   and a prerendered first visit would change under them when the app starts.
// Taps before the app starts are kept: radio buttons keep their choice (src/main.rs reads them), and
// the last button tapped is remembered in window.__firstScreenTap for the app to press again.
// Allowed by the Content-Security-Policy as one of the app's own files (in check/, inside the page, by its hash:
// scripts/inline-first-paint.mjs).
(function chooseFirstScreen() {
  var root = document.documentElement;
  var app = document.getElementById('app');
  function show(kind) {
    if (kind === 'loading') app.innerHTML = '<p class="app-loading">Loading…</p>';
    root.setAttribute('data-first-screen', kind);
  }
  function storedAnything() {
    try {
      for (var i = 0; i < localStorage.length; i += 1) {
        if (String(localStorage.key(i)).indexOf('headache-diary.') === 0) return true;
      }
      return false;
    } catch (blocked) {
      return true;
    }
  }
  function screenFor(hash) {
    if (/[?&]embed\b/.test(location.search) || storedAnything()) return 'loading';
    if (hash === '' || hash === '#/') return 'home';
    return 'loading';
  }
  // The full app's old self-check address; check/ itself has none.
  function isOldCheckAddress(hash) {
    return /^#\/check\/?(\?|$)/.test(hash) && root.getAttribute('data-build') !== 'check';
  }
  function follow(hash) {
    if (isOldCheckAddress(hash)) {
      location.replace('check/' + location.search);
      show('loading');
    } else {
      show(screenFor(hash));
    }
  }
  // Once the app has taken #app over (src/platform/first_screen.rs sets data-first-screen="app" before its
  // first render), #app is the app's: nothing here may touch it again, or remember a tap the app has handled.
  function taken() {
    return root.getAttribute('data-first-screen') === 'app' || root.hasAttribute('data-ready');
  }
  follow(location.hash);
  // A link tapped before the app starts (the home screen's "My headache diary") changes the address: show the
  // matching screen at once.
  window.addEventListener('hashchange', function followLink() {
    if (taken()) {
      window.removeEventListener('hashchange', followLink);
      return;
    }
    follow(location.hash);
  });
  app.addEventListener('click', function rememberTap(event) {
    if (taken()) {
      app.removeEventListener('click', rememberTap, true);
      return;
    }
    var button = event.target.closest && event.target.closest('button');
    if (button) window.__firstScreenTap = button.getAttribute('aria-label') || button.textContent.trim();
  }, true);
})();
