/* The review queue: one key per decision (c confirm, r reject, s skip, e edit). The buttons
   work without this file (and with the browser's access keys). */
(function () {
  "use strict";
  var keys = { c: "review-confirm", r: "review-reject", s: "review-skip", e: "review-edit" };
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, textarea, select")) {
      return;
    }
    var target = document.getElementById(keys[event.key]);
    if (target) {
      event.preventDefault();
      target.click();
    }
  });
})();
