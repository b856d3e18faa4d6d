// A unit page's contents list marks the lesson being read (aria-current), so the list beside
// the text on wide screens shows where you are. Without script the list still links every part.
(function () {
  'use strict';
  var links = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  if (!links.length || !('IntersectionObserver' in window)) { return; }
  var byId = {};
  links.forEach(function (a) { byId[a.getAttribute('href').slice(1)] = a; });
  var targets = links.map(function (a) { return document.getElementById(a.getAttribute('href').slice(1)); })
    .filter(Boolean);
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (!e.isIntersecting) { return; }
      links.forEach(function (a) { a.removeAttribute('aria-current'); });
      var link = byId[e.target.id];
      if (link) { link.setAttribute('aria-current', 'location'); }
    });
  }, { rootMargin: '0px 0px -70% 0px' });
  targets.forEach(function (t) { observer.observe(t); });
})();
