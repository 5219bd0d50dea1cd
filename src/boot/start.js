// Starts the app after the browser has painted the prerendered page, so a slow phone shows
// text first and fetches the scripts next, instead of waiting for both. The build writes the
// entry module and its imports into <meta name="aantafel-boot"> (vite.config.ts, bootAfterPaint).
(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var meta = document.querySelector('meta[name="aantafel-boot"]');
    if (!meta) return;
    var files = meta.content.split(' ');
    for (var i = 1; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = files[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.src = files[0];
    document.head.appendChild(script);
  }
  // A hidden tab paints nothing: start at once there.
  if (document.visibilityState === 'hidden') start();
  else
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
})();
