// Behaviour every page shares.
(function () {
  // After a failed save the summary of errors takes the focus: a screen reader reads it first,
  // and a keyboard user starts from it (each error links to its field).
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
