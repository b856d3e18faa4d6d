// Search over every unit with MiniSearch (vendored). search/index.js holds the index already built
// (MiniSearch.loadJSON, nothing to tokenize here) and the grade and subject facets; each result's
// snippet and its link to the lesson or activity that matched come from search/parts/<n>.js,
// loaded only for the results shown. Every result is built with textContent: no markup from data.
(function () {
  'use strict';
  // The same words as the generator's index (WordSet): letters and digits, with ' ’ . - inside.
  var WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;
  var SHOWN = 30;
  function tokenize(text) { return text.match(WORD) || []; }
  function lower(t) { return t.toLowerCase(); }

  var mini = MiniSearch.loadJSON(window.THREEFOLD_SEARCH, {
    fields: ['title', 'keys', 'text'],
    storeFields: ['title', 'url', 'meta', 'grades', 'subject', 'parts'],
    tokenize: tokenize,
    processTerm: lower
  });
  var facets = window.THREEFOLD_FACETS || { grade: [], subject: [] };
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var gradeSelect = document.getElementById('facet-grade');
  var subjectSelect = document.getElementById('facet-subject');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var noMatch = document.getElementById('no-match');
  var gradeByWord = {};
  facets.grade.forEach(function (g) { gradeByWord[lower(g[0])] = g[0]; });

  function fill(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v[0];
      o.textContent = v[1];
      select.append(o);
    });
  }
  fill(gradeSelect, facets.grade);
  fill(subjectSelect, facets.subject);
  document.getElementById('facets').hidden = false;

  // "grade 3", "grades 3" and "kindergarten"-style grade names choose the grade facet.
  function readQuery(text) {
    var terms = tokenize(text).map(lower);
    var grade = '';
    var rest = [];
    for (var i = 0; i < terms.length; i++) {
      if ((terms[i] === 'grade' || terms[i] === 'grades') && i + 1 < terms.length && gradeByWord[terms[i + 1]]) {
        grade = gradeByWord[terms[i + 1]];
        i++;
      } else {
        rest.push(terms[i]);
      }
    }
    return { terms: rest, grade: grade };
  }

  // A term is matched as typed, or as the start of a longer word ("frac" finds "fraction").
  // Only a term that matches nothing so (a typo) may match a word one letter away, so a word
  // that exists never finds a different one: "fraction" does not find "reaction".
  function find(terms, grade, subject) {
    var filter = function (r) {
      return (!grade || r.grades.indexOf(grade) >= 0) && (!subject || r.subject === subject);
    };
    if (!terms.length) {
      return grade || subject ? mini.search(MiniSearch.wildcard, { filter: filter }) : [];
    }
    var known = {};
    terms.forEach(function (t) { known[t] = t.length < 5 || mini.search(t, { prefix: true, fuzzy: false }).length > 0; });
    return mini.search(terms.join(' '), {
      boost: { title: 4, keys: 2, text: 1 },
      combineWith: 'AND',
      prefix: function (term, i, all) { return term.length >= 3 || i === all.length - 1; },
      fuzzy: function (term) { return !known[term] && term.length >= 5 ? 1 : false; },
      filter: filter
    });
  }

  function highlighted(text, words) {
    var frag = document.createDocumentFragment();
    if (!words.length) {
      frag.append(text);
      return frag;
    }
    var re = new RegExp('(^|[^\\p{L}\\p{N}])(' + words.map(escapeRe).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var start = m.index + m[1].length;
      frag.append(text.slice(last, start));
      var mark = document.createElement('mark');
      mark.textContent = m[2];
      frag.append(mark);
      last = start + m[2].length;
    }
    frag.append(text.slice(last));
    return frag;
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  // The part of the unit holding the most of the matched words (a lesson or activity before the
  // overview when they tie), and a window of its text around the first of them (or its start).
  function bestPart(parts, words) {
    var best = null;
    var bestCount = 0;
    parts.forEach(function (p) {
      var have = {};
      tokenize(p[2]).forEach(function (w) { have[lower(w)] = true; });
      var count = words.filter(function (w) { return have[w]; }).length;
      if (count > bestCount || (count === bestCount && count > 0 && best && best[0] === '')) {
        best = p;
        bestCount = count;
      }
    });
    return best;
  }
  function window_(text, words) {
    var re = new RegExp('(^|[^\\p{L}\\p{N}])(' + words.map(escapeRe).join('|') + ')(?![\\p{L}\\p{N}])', 'iu');
    var m = re.exec(text);
    var at = m ? m.index + m[1].length : 0;
    var start = Math.max(0, at - 70);
    var end = Math.min(text.length, at + 150);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    if (end < text.length) { end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end; }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  // search/parts/<n>.js holds the parts of a run of units; each is loaded once, when a result needs it.
  var parts = {};
  var waiting = {};
  var requested = {};
  window.THREEFOLD_PARTS = function (byUnit) {
    Object.keys(byUnit).forEach(function (id) {
      parts[id] = byUnit[id];
      (waiting[id] || []).forEach(function (f) { f(byUnit[id]); });
      delete waiting[id];
    });
  };
  function withParts(hit, f) {
    if (parts[hit.id]) { f(parts[hit.id]); return; }
    (waiting[hit.id] = waiting[hit.id] || []).push(f);
    if (!requested[hit.parts]) {
      requested[hit.parts] = true;
      var s = document.createElement('script');
      s.src = '../search/parts/' + Number(hit.parts) + '.js';
      document.head.append(s);
    }
  }

  function result(hit) {
    var words = hit.terms.map(lower);
    var li = document.createElement('li');
    li.className = 'result';
    var a = document.createElement('a');
    a.href = '../' + hit.url;
    a.className = 'result-title';
    a.append(highlighted(hit.title, words));
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = hit.meta;
    var snippet = document.createElement('p');
    snippet.className = 'snippet';
    li.append(a, meta, snippet);
    withParts(hit, function (unitParts) {
      var part = words.length ? bestPart(unitParts, words) : null;
      if (!part) { // matched by its title alone, or listed by a facet: the start of its overview
        snippet.textContent = window_(unitParts[0][2], ['\u0000']);
        return;
      }
      snippet.replaceChildren(highlighted(window_(part[2], words), words));
      if (part[0]) {
        var where = document.createElement('a');
        where.className = 'hit-link';
        where.href = '../' + hit.url + '#' + part[0];
        where.textContent = 'Matched in ' + part[1];
        li.insertBefore(where, snippet);
      }
    });
    return li;
  }

  function show() {
    list.replaceChildren();
    var q = readQuery(input.value);
    if (q.grade && !gradeSelect.value) { gradeSelect.value = q.grade; }
    var grade = gradeSelect.value;
    var subject = subjectSelect.value;
    noMatch.hidden = true;
    if (!q.terms.length && !grade && !subject) {
      status.textContent = 'Type to search ' + mini.documentCount + ' units.';
      return;
    }
    var hits = find(q.terms, grade, subject);
    status.textContent = hits.length === 1 ? '1 unit found' : hits.length + ' units found';
    if (hits.length > SHOWN) { status.textContent += ', the first ' + SHOWN + ' shown'; }
    noMatch.hidden = hits.length > 0;
    hits.slice(0, SHOWN).forEach(function (hit) { list.append(result(hit)); });
  }

  function remember() {
    var url = new URL(window.location.href);
    [['q', input.value], ['grade', gradeSelect.value], ['subject', subjectSelect.value]].forEach(function (p) {
      if (p[1]) { url.searchParams.set(p[0], p[1]); } else { url.searchParams.delete(p[0]); }
    });
    window.history.replaceState(null, '', url);
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    gradeSelect.value = params.get('grade') || '';
    subjectSelect.value = params.get('subject') || '';
    show();
  }

  restore();
  window.addEventListener('pageshow', function (e) { if (e.persisted) { restore(); } });
  input.addEventListener('input', function () { show(); remember(); });
  [gradeSelect, subjectSelect].forEach(function (s) { s.addEventListener('change', function () { show(); remember(); }); });
  form.addEventListener('submit', function (e) { e.preventDefault(); show(); remember(); });
  document.getElementById('clear-search').addEventListener('click', function () {
    input.value = '';
    gradeSelect.value = '';
    subjectSelect.value = '';
    show();
    remember();
    input.focus();
  });
})();
