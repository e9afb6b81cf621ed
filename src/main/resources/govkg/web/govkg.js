// govkg pages: progressive enhancement only; every page works without this file.
(function () {
  'use strict';

  // Suggestions for the search box, from /search.json.
  var box = document.getElementById('search-box');
  var list = document.getElementById('govkg-suggest');
  if (box && list) {
    var timer = null, last = '';
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = box.value.trim();
        if (!q || q === last) return;
        last = q;
        fetch('/search.json?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (hits) {
            list.textContent = '';
            hits.forEach(function (h) {
              var o = document.createElement('option');
              o.value = h.name;
              o.label = h.label + (h.name !== h.label ? '（' + h.name + '）' : '');
              list.appendChild(o);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }

  // SPARQL editor: canned queries fill the textarea and run; results come from the endpoint as JSON.
  var form = document.getElementById('sparql-form');
  if (!form) return;
  var textarea = document.getElementById('query');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var base = form.getAttribute('data-base');
  var kinds = ['person', 'organization', 'place', 'program', 'document', 'event', 'report', 'membership', 'role'];

  function href(iri) {
    if (iri.indexOf(base) === 0) {
      var rest = iri.substring(base.length), slash = rest.indexOf('/');
      if (slash > 0 && slash < rest.length - 1 && kinds.indexOf(rest.substring(0, slash)) >= 0) return '/' + rest;
    }
    return '/lookup?iri=' + encodeURIComponent(iri);
  }

  function cell(term) {
    var td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = href(term.value);
      a.textContent = term.value.indexOf(base) === 0 ? term.value.substring(base.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function render(json) {
    results.textContent = '';
    if (typeof json.boolean === 'boolean') {
      var p = document.createElement('p');
      p.className = 'ask';
      p.textContent = json.boolean ? '是 (true)' : '否 (false)';
      results.appendChild(p);
      return;
    }
    var vars = json.head.vars, rows = json.results.bindings;
    var wrap = document.createElement('div'); wrap.className = 'scroll';
    var table = document.createElement('table'); table.className = 'results';
    var tr = document.createElement('tr');
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; tr.appendChild(th); });
    var thead = document.createElement('thead'); thead.appendChild(tr); table.appendChild(thead);
    var tbody = document.createElement('tbody');
    rows.forEach(function (b) {
      var row = document.createElement('tr');
      vars.forEach(function (v) { row.appendChild(cell(b[v])); });
      tbody.appendChild(row);
    });
    table.appendChild(tbody); wrap.appendChild(table); results.appendChild(wrap);
    var count = document.createElement('p'); count.className = 'rowcount';
    count.textContent = rows.length + ' 行';
    results.appendChild(count);
  }

  function run() {
    status.textContent = '查询中…';
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
                 Accept: 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: textarea.value })
    }).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      return r.text().then(function (text) {
        if (!r.ok) throw new Error(text || ('HTTP ' + r.status));
        if (type.indexOf('json') >= 0) { render(JSON.parse(text)); }
        else { results.textContent = ''; var pre = document.createElement('pre'); pre.className = 'turtle';
               pre.textContent = text; results.appendChild(pre); }
        status.textContent = '';
      });
    }).catch(function (e) {
      results.textContent = '';
      var p = document.createElement('p'); p.className = 'error'; p.textContent = '查询失败：' + e.message;
      results.appendChild(p);
      status.textContent = '';
    });
  }

  form.addEventListener('submit', function (ev) { ev.preventDefault(); run(); });
  Array.prototype.forEach.call(document.querySelectorAll('a.canned'), function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      textarea.value = a.getAttribute('data-query');
      run();
    });
  });
})();
