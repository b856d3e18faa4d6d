// Projector mode for the student view: one slide (the start, each lesson, the success criteria)
// per screen in large type; arrow keys, Page Up/Down and the bar's buttons move; Escape leaves.
// The slide shown is in the address (#project/s-lesson-2), so a reload or a shared link keeps it.
(function () {
  'use strict';
  var button = document.querySelector('[data-project]');
  var bar = document.getElementById('projector-bar');
  var status = document.getElementById('slide-status');
  var slides = Array.prototype.slice.call(document.querySelectorAll('.student .slide'));
  if (!button || !bar || !slides.length) { return; }
  var current = 0;
  var on = false;

  function show(i) {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (s, k) { s.hidden = on && k !== current; });
    status.textContent = (current + 1) + ' of ' + slides.length;
    if (on) {
      history.replaceState(null, '', '#project/' + slides[current].id);
      window.scrollTo(0, 0);
      var h = slides[current].querySelector('h2');
      if (h) { h.setAttribute('tabindex', '-1'); h.focus({ preventScroll: true }); }
    }
  }

  function start(i) {
    on = true;
    document.body.classList.add('projecting');
    bar.hidden = false;
    show(i);
  }

  function stop() {
    on = false;
    document.body.classList.remove('projecting');
    bar.hidden = true;
    slides.forEach(function (s) { s.hidden = false; });
    history.replaceState(null, '', location.pathname + location.search);
    slides[current].scrollIntoView();
    button.focus();
  }

  button.hidden = false;
  button.addEventListener('click', function () { start(0); });
  bar.addEventListener('click', function (e) {
    var t = e.target.closest('button');
    if (!t) { return; }
    if (t.hasAttribute('data-exit')) { stop(); } else { show(current + Number(t.getAttribute('data-slide'))); }
  });
  document.addEventListener('keydown', function (e) {
    if (!on || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { e.preventDefault(); show(current + 1); }
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') { e.preventDefault(); show(current - 1); }
    else if (e.key === 'Home') { e.preventDefault(); show(0); }
    else if (e.key === 'End') { e.preventDefault(); show(slides.length - 1); }
    else if (e.key === 'Escape') { stop(); }
  });
  var fromHash = slides.findIndex(function (s) { return '#project/' + s.id === location.hash; });
  if (fromHash >= 0) { start(fromHash); }
})();
