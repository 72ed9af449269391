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
    recount(rows.filter(function (row) { return !row.hidden; }));
    if (!keepAddress) {
      var parts = keys.filter(chosen).map(function (k) { return k + '=' + encodeURIComponent(chosen(k)); });
      var address = parts.length ? '#' + parts.join('&') : location.pathname + location.search;
      try { history.replaceState(null, '', address); } catch (e) { /* some file:// contexts refuse */ }
    }
  }

  // The summary cards and chart count the rows the filters show: verdicts by status and severity, the
  // distinct indicators (sub-rows share a number) and indicator x period cells, the bars per attribute.
  function recount(visible) {
    var count = function (test) { return visible.filter(test).length; };
    var distinct = function (key) {
      var seen = {};
      visible.forEach(function (row) { seen[key(row)] = true; });
      return Object.keys(seen).length;
    };
    var numbers = {
      met: count(function (r) { return r.dataset.status === 'met'; }),
      missed: count(function (r) { return r.dataset.status === 'missed'; }),
      pending: count(function (r) { return r.dataset.status === 'pending'; }),
      fail: count(function (r) { return r.dataset.severity === 'fail'; }),
      warn: count(function (r) { return r.dataset.severity === 'warn'; }),
      total: visible.length,
      indicators: distinct(function (r) { return r.dataset.number || r.dataset.indicator; }),
      cells: distinct(function (r) { return r.dataset.period + '/' + (r.dataset.number || r.dataset.indicator); })
    };
    Array.prototype.forEach.call(document.querySelectorAll('.card[data-count]'), function (card) {
      var key = card.dataset.count;
      if (key in numbers) { card.querySelector('.n').textContent = numbers[key]; }
    });
    var chart = document.getElementById('summary-chart');
    if (!chart) { return; }
    var scale = parseFloat(chart.dataset.scale), left = parseFloat(chart.dataset.left);
    Array.prototype.forEach.call(chart.querySelectorAll('g.bar'), function (bar) {
      var attribute = bar.dataset.attribute, x = left, sum = 0;
      Array.prototype.forEach.call(bar.querySelectorAll('rect.seg'), function (seg) {
        var status = seg.dataset.status;
        var n = count(function (r) { return r.dataset.status === status && (!attribute || r.dataset.attribute === attribute); });
        var w = n * scale;
        seg.setAttribute('x', x.toFixed(1));
        seg.setAttribute('width', w.toFixed(1));
        var label = bar.querySelector('text.in[data-status="' + status + '"]');
        label.setAttribute('x', (x + w / 2).toFixed(1));
        label.textContent = w >= 18 ? n : '';
        x += w;
        sum += n;
      });
      var total = bar.querySelector('text.sum');
      total.setAttribute('x', (x + 6).toFixed(1));
      total.textContent = sum;
    });
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
