// Registers the service worker (sw.js) that keeps Digit Lab working
// offline after one visit. It waits until the page has its first training
// data (window.digitlab.state() has left "loading"), so that the install,
// which caches every file, does not compete with the first download of
// the modules and the data: by then the browser's HTTP cache holds them,
// and a file still arriving (mnist-more.bin) is fetched once.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  const poll = setInterval(() => {
    let s = null;
    try {
      s = window.digitlab && JSON.parse(window.digitlab.state());
    } catch (e) {
      return; // the app is not up yet
    }
    if (!s || s.run === 'loading') return;
    clearInterval(poll);
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('Digit Lab: no offline mode:', e.message));
  }, 1000);
})();
