// Filters for unit lists: the choices come from the cards' data attributes (grades and terms in the
// curriculum's order, from the form's data-order-*), so no server and no index are needed. The
// choice is kept in the address (?subject=Science), so Back, reload and a shared link keep it.
// Without script, every unit stays listed.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll('.unit-card'));
  var count = document.getElementById('unit-count');
  var none = document.getElementById('no-units');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));

  function values(card, key) {
    var v = card.dataset[key] || '';
    return v ? v.split('|') : [];
  }

  function sorter(key) {
    var declared = (form.dataset['order' + key.charAt(0).toUpperCase() + key.slice(1)] || '').split('|').filter(Boolean);
    return function (a, b) {
      var i = declared.indexOf(a);
      var j = declared.indexOf(b);
      if (i >= 0 || j >= 0) {
        return (i < 0 ? Infinity : i) - (j < 0 ? Infinity : j) || a.localeCompare(b);
      }
      return a.localeCompare(b, undefined, { numeric: true });
    };
  }

  selects.forEach(function (select) {
    var key = select.dataset.filter;
    var seen = {};
    cards.forEach(function (card) { values(card, key).forEach(function (v) { seen[v] = true; }); });
    var options = Object.keys(seen).sort(sorter(key));
    if (options.length < 2) {
      select.parentElement.hidden = true; // nothing to choose between
      return;
    }
    if (select.hasAttribute('data-fixed')) { return; } // options written by the page
    options.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.append(o);
    });
  });

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = selects.every(function (s) {
        return !s.value || values(card, s.dataset.filter).indexOf(s.value) >= 0;
      });
      card.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + (shown === 1 ? ' unit' : ' units') + ' shown of ' + cards.length;
    none.hidden = shown > 0;
  }

  function remember() {
    var url = new URL(window.location.href);
    selects.forEach(function (s) {
      if (s.value) { url.searchParams.set(s.name, s.value); } else { url.searchParams.delete(s.name); }
    });
    window.history.replaceState(null, '', url);
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var v = params.get(s.name) || '';
      s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : '';
    });
    apply();
  }

  form.hidden = false;
  restore();
  window.addEventListener('pageshow', function (e) { if (e.persisted) { restore(); } });
  form.addEventListener('change', function () { apply(); remember(); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(); remember(); }, 0); });
  none.querySelector('[data-clear]').addEventListener('click', function () { form.reset(); });
})();
