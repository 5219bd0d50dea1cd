// Applies the saved language and text size before the first paint, so a reader who
// chose 200% text never sees a flash of small text. Kept in sync with
// src/features/settings/preferences.ts (same storage key and shape).
(function () {
  try {
    var raw = window.localStorage.getItem('aantafel-preferences');
    var state = raw ? JSON.parse(raw).state : null;
    var root = document.documentElement;
    if (state && (state.language === 'nl' || state.language === 'en')) root.lang = state.language;
    if (state && typeof state.textSize === 'number') root.dataset.textSize = String(state.textSize);
  } catch {
    // Storage blocked: the defaults apply, and the app says so where it matters.
  }
})();
