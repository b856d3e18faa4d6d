// Threefold preview: shows the rebuilt page as soon as the site is rebuilt, and
// the problems of an invalid save over the page. Served only by `threefold serve`.
// The new page's body replaces the old one in place (faster than a reload, and
// the scroll position stays); when its <head> changed (a theme edit), the page reloads.
(function () {
  'use strict';
  var seen = null;
  var events = new EventSource('/__threefold/events');
  events.onmessage = function (e) {
    if (seen === null) {
      seen = e.data;
      showProblems();
    } else if (e.data !== seen) {
      seen = e.data;
      refreshPage();
    }
  };

  function refreshPage() {
    fetch(window.location.href, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      // other styles or scripts (a theme edit), or page scripts (search, filters) bound to the old body: reload
      if (assets(next) !== assets(document) || document.querySelector('script[src]:not([src^="/__threefold/"])')) {
        window.location.reload();
        return;
      }
      var y = window.scrollY;
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
      window.scrollTo(0, y);
      showProblems();
    }).catch(function () { window.location.reload(); });
  }

  function assets(doc) {
    return Array.prototype.map.call(doc.querySelectorAll('link[rel=stylesheet], script[src]'), function (e) {
      return e.getAttribute('href') || e.getAttribute('src');
    }).join(' ');
  }

  function showProblems() {
    fetch('/__threefold/problems.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (p) {
      var old = document.getElementById('threefold-problems');
      if (old) { old.remove(); }
      var errors = p.problems.filter(function (x) { return x.severity === 'error'; });
      if (errors.length === 0) { return; }
      var box = document.createElement('section');
      box.id = 'threefold-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;z-index:99;' +
          'background:#fff4f2;color:#5c1a0b;border:3px solid #b3261e;border-radius:10px;padding:1rem 1.2rem;' +
          'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;box-shadow:0 6px 24px rgba(0,0,0,.25)';
      var h = document.createElement('h2');
      h.style.cssText = 'margin:0 0 .5rem;font:700 16px system-ui,sans-serif';
      h.textContent = 'The last save has ' + errors.length + (errors.length === 1 ? ' problem' : ' problems') +
          ' — showing the last good site until it is fixed';
      var list = document.createElement('ul');
      list.style.cssText = 'margin:0;padding-left:1.2rem';
      p.problems.forEach(function (x) {
        var li = document.createElement('li');
        li.textContent = x.text;
        list.append(li);
      });
      box.append(h, list);
      document.body.append(box);
    });
  }
})();
