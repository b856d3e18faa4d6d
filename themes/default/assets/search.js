// Search over every unit with MiniSearch (vendored). The index is search/index.js,
// a script so that it also loads from file://. Results are built with textContent only.
(function () {
  'use strict';
  var units = window.THREEFOLD_SEARCH || [];
  var mini = new MiniSearch({
    fields: ['title', 'tags', 'standards', 'summary', 'text'],
    storeFields: ['title', 'url', 'meta', 'summary'],
    searchOptions: { boost: { title: 3, tags: 2, standards: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' }
  });
  mini.addAll(units);

  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');

  function show(query) {
    list.replaceChildren();
    query = query.trim();
    if (!query) {
      status.textContent = 'Type to search ' + units.length + ' units.';
      return;
    }
    var hits = mini.search(query);
    status.textContent = hits.length === 1 ? '1 unit found' : hits.length + ' units found';
    hits.slice(0, 50).forEach(function (hit) {
      var li = document.createElement('li');
      li.className = 'result';
      var a = document.createElement('a');
      a.href = '../' + hit.url;
      a.textContent = hit.title;
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = hit.meta;
      var summary = document.createElement('p');
      summary.textContent = hit.summary;
      li.append(a, meta, summary);
      list.append(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  show(input.value);
  input.addEventListener('input', function () {
    show(input.value);
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
  });
  input.form.addEventListener('submit', function (e) { e.preventDefault(); show(input.value); });
})();
