// Filters for unit lists: the choices come from the cards' data attributes, so
// no server and no index are needed. Without script, every unit stays listed.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll('.unit-card'));
  var count = document.getElementById('unit-count');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));

  function values(card, key) {
    var v = card.dataset[key] || '';
    return v ? v.split('|') : [];
  }

  selects.forEach(function (select) {
    var key = select.dataset.filter;
    var seen = {};
    cards.forEach(function (card) { values(card, key).forEach(function (v) { seen[v] = true; }); });
    var options = Object.keys(seen).sort(function (a, b) { return a.localeCompare(b, undefined, { numeric: true }); });
    if (options.length < 2) {
      select.parentElement.hidden = true; // nothing to choose between
      return;
    }
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
  }

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
})();
