// The HTML report's filters and row toggles, inlined into every report by _html.py.
// Filters: the <select>s of form#filters, named after the data-* attributes of each verdict's
// <tbody>; the choice is mirrored in the address (#status=missed&attribute=...) for bookmarks.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var out = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#verdicts tbody.verdict'));
  var keys = JSON.parse(form.dataset.keys);

  function chosen(k) { return form.elements[k].value; }

  function apply(keepAddress) {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = keys.every(function (k) { return !chosen(k) || row.dataset[k] === chosen(k); });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    out.textContent = out.dataset.template.replace('{shown}', shown).replace('{total}', rows.length);
    if (!keepAddress) {
      var parts = keys.filter(chosen).map(function (k) { return k + '=' + encodeURIComponent(chosen(k)); });
      var address = parts.length ? '#' + parts.join('&') : location.pathname + location.search;
      try { history.replaceState(null, '', address); } catch (e) { /* some file:// contexts refuse */ }
    }
  }

  function fromAddress() {
    var wanted = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i <= 0) { return; }
      try { wanted[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1)); } catch (e) { /* malformed */ }
    });
    keys.forEach(function (k) {
      var select = form.elements[k];
      var value = wanted[k] || '';
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : '';
    });
    apply(true);
  }

  function toggle(row, open) {
    var button = row.querySelector('button.toggle');
    var evidence = row.querySelector('tr.evidence');
    if (open === undefined) { open = evidence.hidden; }
    evidence.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.textContent = open ? '\u25BE' : '\u25B8';
  }

  form.addEventListener('change', function () { apply(false); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('filter-reset').addEventListener('click', function () {
    form.reset();
    apply(false);
  });
  document.getElementById('expand-all').addEventListener('click', function () {
    rows.forEach(function (row) { if (!row.hidden) { toggle(row, true); } });
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    rows.forEach(function (row) { toggle(row, false); });
  });
  rows.forEach(function (row) {
    row.querySelector('tr.main').addEventListener('click', function (e) {
      var selecting = window.getSelection && String(window.getSelection()).length;
      if (selecting && e.target.tagName !== 'BUTTON') { return; }  // let people copy text from a row
      toggle(row);
    });
  });
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
})();
