// While an import is being checked or written, its page reloads itself to show the progress.
(function () {
  'use strict';
  if (document.querySelector('[data-import-working]')) {
    window.setTimeout(function () { window.location.reload(); }, 1500);
  }
})();
