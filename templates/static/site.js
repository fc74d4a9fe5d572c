/* sixpowers published register: filters, paging and the bigram search of the index page.
 * Register text only ever reaches the page through textContent and attributes, never as HTML. */
(function () {
  'use strict';
  var PAGE_SIZE = 50;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) { DIGIT[ALPHABET.charAt(d)] = d; }
  var collator = new Intl.Collator('zh-Hans-CN');

  function $(id) { return document.getElementById(id); }
  function norm(text) { return text.normalize('NFKC').toLowerCase(); }

  /* Sorted ids from the gap code written by sixpowers.publish.search.encode_postings. */
  function decode(text) {
    var ids = [], previous = -1, gap = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charAt(i)];
      if (digit >= 32) { gap += (digit - 32) * Math.pow(2, shift); shift += 5; continue; }
      gap += digit * Math.pow(2, shift);
      previous += gap;
      ids.push(previous);
      gap = 0; shift = 0;
    }
    return ids;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
      else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }

  function start() {
    var form = $('sp-form');
    var data = window.SP_POWERS;
    if (!form || !data) { return; }
    var strings = JSON.parse($('sp-strings').textContent);
    var rows = data.rows, texts = null, index = null, loading = false, cache = {};
    var state = { results: [], page: 0 };
    var inputs = { q: $('sp-q'), department: $('sp-department'), type: $('sp-type'),
                   status: $('sp-status'), level: $('sp-level'), sort: $('sp-sort') };

    /* Department names in Chinese collation order. */
    Array.prototype.forEach.call(form.querySelectorAll('select[data-collate]'), function (select) {
      var options = Array.prototype.slice.call(select.options, 1);
      options.sort(function (a, b) { return collator.compare(a.textContent, b.textContent); });
      options.forEach(function (option) { select.appendChild(option); });
    });

    function text(id) {
      if (texts === null && rows.length) {
        texts = new Array(rows.length);
        for (var i = 0; i < rows.length; i++) {
          texts[i] = norm(rows[i][0] + '\n' + rows[i][1] + '\n' + data.types[rows[i][3]]);
        }
      }
      return texts[id];
    }

    function loadIndex() {
      if (index || loading) { return; }
      loading = true;
      var script = document.createElement('script');
      script.src = form.getAttribute('data-index');
      script.onload = function () {
        index = window.SP_SEARCH;
        text(0);  /* build the normalized texts now, not on the first keystroke */
        document.body.setAttribute('data-search-index', 'loaded');
        if (inputs.q.value) { update(); }
      };
      document.head.appendChild(script);
    }

    function postings(gram) {
      if (!Object.prototype.hasOwnProperty.call(cache, gram)) {
        var encoded = Object.prototype.hasOwnProperty.call(index.b, gram) ? index.b[gram] : '';
        cache[gram] = decode(encoded);
      }
      return cache[gram];
    }

    /* Candidate ids of one term from the index, or null when the term needs a scan. */
    function candidates(term) {
      if (!index || term.length < 2) { return null; }
      var seen = {}, lists = [];
      for (var i = 0; i + 1 < term.length; i++) {
        var gram = term.substr(i, 2);
        if (!seen[gram]) { seen[gram] = true; lists.push(postings(gram)); }
      }
      lists.sort(function (a, b) { return a.length - b.length; });
      var result = lists[0];
      for (var k = 1; k < lists.length && result.length; k++) { result = intersect(result, lists[k]); }
      return result;
    }

    function selected(select) { return select && select.value !== '' ? Number(select.value) : -1; }

    function update() {
      var terms = norm(inputs.q.value).split(/\s+/).filter(Boolean);
      var dep = selected(inputs.department), typ = selected(inputs.type);
      var sta = selected(inputs.status), lev = selected(inputs.level);
      var pool = null;
      for (var t = 0; t < terms.length; t++) {
        var found = candidates(terms[t]);
        if (found) { pool = pool ? intersect(pool, found) : found; }
      }
      var out = [], count = pool ? pool.length : rows.length;
      for (var n = 0; n < count; n++) {
        var id = pool ? pool[n] : n, row = rows[id];
        if (dep >= 0 && row[2] !== dep) { continue; }
        if (typ >= 0 && row[3] !== typ) { continue; }
        if (sta >= 0 && row[4] !== sta) { continue; }
        if (lev >= 0 && !(row[5] & (1 << lev))) { continue; }
        var ok = true;
        for (var m = 0; m < terms.length && ok; m++) { ok = text(id).indexOf(terms[m]) >= 0; }
        if (ok) { out.push(id); }
      }
      if (inputs.sort && inputs.sort.value === 'name') {
        out.sort(function (a, b) { return collator.compare(rows[a][1], rows[b][1]) || a - b; });
      }
      state.results = out;
      state.page = 0;
      render();
    }

    function cell(tag, value) {
      var node = document.createElement(tag);
      node.textContent = value;
      return node;
    }

    function render() {
      var body = $('sp-rows'), results = state.results;
      var pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
      var first = state.page * PAGE_SIZE, fragment = document.createDocumentFragment();
      for (var i = first; i < Math.min(results.length, first + PAGE_SIZE); i++) {
        var row = rows[results[i]], tr = document.createElement('tr');
        var code = cell('td', row[0]);
        code.className = 'code';
        tr.appendChild(code);
        var name = document.createElement('th'), link = document.createElement('a');
        name.setAttribute('scope', 'row');
        link.href = 'powers/' + encodeURIComponent(row[6]) + '.html';
        link.textContent = row[1];
        name.appendChild(link);
        tr.appendChild(name);
        tr.appendChild(cell('td', data.types[row[3]]));
        tr.appendChild(cell('td', data.departments[row[2]]));
        tr.appendChild(cell('td', data.statuses[row[4]]));
        var levels = [];
        for (var b = 0; b < data.levels.length; b++) { if (row[5] & (1 << b)) { levels.push(data.levels[b]); } }
        tr.appendChild(cell('td', levels.join('、')));
        fragment.appendChild(tr);
      }
      if (!results.length) {
        var empty = cell('td', strings.no_results);
        empty.colSpan = 6;
        var tr0 = document.createElement('tr');
        tr0.appendChild(empty);
        fragment.appendChild(tr0);
      }
      body.replaceChildren(fragment);
      $('sp-count').textContent = strings.results.replace('{n}', String(results.length));
      $('sp-pager').hidden = pages < 2;
      $('sp-page').textContent = strings.page_of.replace('{page}', String(state.page + 1))
        .replace('{pages}', String(pages));
      $('sp-prev').disabled = state.page === 0;
      $('sp-next').disabled = state.page >= pages - 1;
    }

    function turn(step) {
      var pages = Math.max(1, Math.ceil(state.results.length / PAGE_SIZE));
      state.page = Math.min(pages - 1, Math.max(0, state.page + step));
      render();
      $('sp-table').scrollIntoView({ block: 'start' });
    }

    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    form.addEventListener('reset', function () { setTimeout(update, 0); });
    inputs.q.addEventListener('focus', loadIndex);
    inputs.q.addEventListener('input', function () { loadIndex(); update(); });
    ['department', 'type', 'status', 'level', 'sort'].forEach(function (key) {
      if (inputs[key]) { inputs[key].addEventListener('change', update); }
    });
    $('sp-prev').addEventListener('click', function () { turn(-1); });
    $('sp-next').addEventListener('click', function () { turn(1); });
    update();
    document.body.setAttribute('data-ready', 'true');
  }

  /* The responsibility and negative list pages: every row carries its normalised text in
   * data-search; a row shows when it holds every term, a department when it shows a row. */
  function startLists() {
    var form = document.querySelector('form[data-list-search]');
    if (!form) { return; }
    var input = $('sp-list-q'), count = $('sp-list-count');
    var container = $(form.getAttribute('data-list-search'));
    var rows = container.querySelectorAll('tr[data-search]');
    var template = count.getAttribute('data-template');
    function update() {
      var terms = norm(input.value).split(/\s+/).filter(Boolean), shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var text = rows[i].getAttribute('data-search'), ok = true;
        for (var k = 0; k < terms.length && ok; k++) { ok = text.indexOf(terms[k]) >= 0; }
        rows[i].hidden = !ok;
        if (ok) { shown++; }
      }
      Array.prototype.forEach.call(container.querySelectorAll('.list-part, .list-department'), function (part) {
        part.hidden = !part.querySelector('tr[data-search]:not([hidden])');
      });
      count.textContent = template.replace('{n}', String(shown));
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    input.addEventListener('input', update);
    update();
    document.body.setAttribute('data-ready', 'true');
  }

  function startAll() { start(); startLists(); }

  /* Deferred scripts run before DOMContentLoaded, and the data file comes after this one. */
  if (document.readyState === 'complete') {
    startAll();
  } else {
    document.addEventListener('DOMContentLoaded', startAll);
  }
}());
