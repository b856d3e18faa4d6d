// Threefold preview: reloads the page when the site is rebuilt, and shows the
// problems of an invalid save over the page. Served only by `threefold serve`.
(function () {
  'use strict';
  var seen = null;
  var events = new EventSource('/__threefold/events');
  events.onmessage = function (e) {
    if (seen === null) {
      seen = e.data;
      showProblems();
    } else if (e.data !== seen) {
      window.location.reload();
    }
  };

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
