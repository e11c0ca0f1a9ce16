// Runs before the first paint, while the app itself is still loading: applies the colour theme the
// person chose (src/domain/theme.rs, stored by src/storage/preferences.rs) so that someone who picked
// Dark or Dim on a device set to light never gets a flash of white during a migraine. Read-only: it
// never writes, and anything it cannot read leaves the page to follow the device (the app then shows
// the problem itself). Allowed by the Content-Security-Policy as one of the app's own files.
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
