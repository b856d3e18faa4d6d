// On every page: "/" moves to the search box (as on documentation sites), and buttons marked
// data-print print the page. Both need script, so the print buttons start hidden.
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    var box = document.getElementById('q') || document.getElementById('site-q');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });
})();
