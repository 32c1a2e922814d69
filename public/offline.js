// Registers the service worker (sw.js) that keeps Digit Lab working
// offline after one visit. It waits for the page's load event, so that its
// install does not compete with the first download of the modules.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('Digit Lab: no offline mode:', e.message));
  });
})();
