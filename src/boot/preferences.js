// Applies the saved language, text size and colour theme before the first paint, so a reader
// who chose 200% text or high contrast never sees a flash of small text or the wrong colours.
// Kept in sync with src/features/settings/preferences.ts (same storage key and shape).
(function () {
  var root = document.documentElement;
  try {
    var raw = window.localStorage.getItem('aantafel-preferences');
    var state = raw ? JSON.parse(raw).state : null;
    if (state && (state.language === 'nl' || state.language === 'en')) root.lang = state.language;
    if (state && typeof state.textSize === 'number') root.dataset.textSize = String(state.textSize);
    var themes = ['auto', 'light', 'dark', 'contrast'];
    if (state && themes.indexOf(state.theme) !== -1) root.dataset.theme = state.theme;
  } catch {
    // Storage blocked: the defaults apply, and the app says so where it matters.
  }
  // The HTML holds one page, prerendered in Dutch, named in <html data-page>. At another address
  // (the service worker serves index.html for every page it has no file for), or in English, it
  // stays hidden until src/main.tsx has drawn the right page (styles.css: [data-prerendered]).
  if (location.pathname !== root.dataset.page || root.lang !== 'nl') {
    root.dataset.prerendered = 'hide';
  }
})();
