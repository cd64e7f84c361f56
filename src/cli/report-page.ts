/**
 * The style and script of the --report page (report.ts puts them inline, with the data). The
 * script renders one page of files at a time from the embedded JSON, so the DOM stays small
 * however many files the run had; the rule filter and the search choose which files are paged.
 */

export const REPORT_STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5rem 3rem; color: #1b1b1b; background: #fff; }
header h1 { font-size: 1.4rem; margin: 1rem 0 0.2rem; }
nav { position: sticky; top: 0; background: #fff; padding: 0.6rem 0; border-bottom: 1px solid #ddd; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; z-index: 1; }
nav input { width: 18rem; }
#status { color: #555; }
table#rules { border-collapse: collapse; margin: 1rem 0; }
table#rules td, table#rules th { padding: 0.15rem 0.8rem 0.15rem 0; text-align: left; }
table#rules td:nth-child(n+2) { text-align: right; }
table#rules tr.active { font-weight: 600; }
table#rules a { cursor: pointer; color: #0645ad; }
section.file { margin: 1.2rem 0; border: 1px solid #ddd; border-radius: 4px; }
section.file h2 { font-size: 1rem; margin: 0; padding: 0.4rem 0.6rem; background: #f4f4f4; word-break: break-all; }
section.file h2 small { font-weight: normal; color: #555; margin-left: 0.6rem; }
.error { color: #a40000; padding: 0.4rem 0.6rem; }
.hunk { font: 12.5px/1.4 ui-monospace, monospace; border-top: 1px solid #eee; }
.hunk + .hunk { border-top: 1px dashed #ccc; }
.line { display: flex; white-space: pre-wrap; word-break: break-word; }
.line .n { flex: 0 0 3.5rem; text-align: right; padding-right: 0.6rem; color: #888; user-select: none; }
.line .t { flex: 1; }
.finding { background: #ffecec; border-left: 3px solid #d33; }
.finding .t { text-decoration: line-through; text-decoration-color: #d33a; }
.finding.other { background: #f6f6f6; border-left-color: #bbb; }
.why { font: 12px/1.4 system-ui, sans-serif; color: #7a1010; padding: 0.1rem 0.6rem 0.2rem 4.1rem; }
.finding.other .why { color: #666; }
.rule { font-weight: 600; }
.kept { background: #eaf4ff; border-left: 3px solid #2a6fdb; }
.kept .why { color: #1d4f9c; }
mark { background: #ffe27a; }
`;

export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var PAGE = 50;
  var state = { rule: -1, query: '', page: 0 };
  var byId = function (id) { return document.getElementById(id); };
  var esc = function (s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); };
  var plural = function (n, one, many) { return n + ' ' + (n === 1 ? one : many || one + 's'); };
  var files = data.files;
  var t = data.totals;
  var filesByRule = data.rules.map(function () { return 0; });
  files.forEach(function (f) {
    var seen = {};
    (f.f || []).forEach(function (x) { if (!seen[x[0]]) { seen[x[0]] = 1; filesByRule[x[0]]++; } });
  });

  byId('totals').textContent = plural(t.files, 'file') + ': ' + t.changed + ' with removals, ' + t.unchanged + ' unchanged, ' + t.failed + ' failed; ' + plural(t.removedLines, 'line') + ' removed. clean-article ' + data.version + '.';

  var select = byId('rule');
  var tbody = document.querySelector('#rules tbody');
  data.rules.forEach(function (id, i) {
    if (t.byRule[i] === 0 && filesByRule[i] === 0) return;
    var option = document.createElement('option');
    option.value = String(i);
    option.textContent = id + ' (' + t.byRule[i] + ')';
    select.appendChild(option);
    var row = document.createElement('tr');
    row.dataset.rule = String(i);
    row.innerHTML = '<td><a data-rule="' + i + '">' + esc(id) + '</a></td><td>' + t.byRule[i] + '</td><td>' + filesByRule[i] + '</td>';
    tbody.appendChild(row);
  });
  tbody.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-rule]');
    if (!a) return;
    select.value = a.dataset.rule;
    select.dispatchEvent(new Event('change'));
  });

  function matches(f) {
    if (state.rule >= 0 && !(f.f || []).some(function (x) { return x[0] === state.rule; })) return false;
    if (state.query === '') return true;
    if (f.n.toLowerCase().indexOf(state.query) >= 0) return true;
    if (f.e && f.e.toLowerCase().indexOf(state.query) >= 0) return true;
    return (f.h || []).some(function (h) { return h[1].some(function (l) { return l.toLowerCase().indexOf(state.query) >= 0; }); });
  }

  function highlight(text) {
    var html = esc(text);
    if (state.query === '') return html;
    var q = esc(state.query).replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    return html.replace(new RegExp(q, 'gi'), function (m) { return '<mark>' + m + '</mark>'; });
  }

  function line(n, text) {
    return '<div class="line"><span class="n">' + n + '</span><span class="t">' + highlight(text) + '</span></div>';
  }

  function renderFile(f) {
    var head = '<h2>' + highlight(f.n) + '<small>' + (f.s === 'f' ? 'failed' : plural(f.r || 0, 'line') + ' removed') + '</small></h2>';
    if (f.s === 'f') return '<section class="file failed">' + head + '<div class="error">' + esc(f.e) + '</div></section>';
    var findingAt = {};
    (f.f || []).forEach(function (x, i) { findingAt[x[1]] = i; });
    var keptAt = {};
    (f.k || []).forEach(function (k) { keptAt[k[0]] = keptAt[k[0]] || []; keptAt[k[0]].push(k); });
    var body = '';
    (f.h || []).forEach(function (h) {
      var first = h[0];
      var lines = h[1];
      var out = '';
      var hasRule = state.rule < 0;
      for (var i = 0; i < lines.length; i++) {
        var n = first + i;
        if (findingAt[n] !== undefined) {
          var x = f.f[findingAt[n]];
          var end = Math.min(x[2], first + lines.length - 1);
          var other = state.rule >= 0 && x[0] !== state.rule;
          if (!other) hasRule = true;
          out += '<div class="finding' + (other ? ' other' : '') + '" data-rule="' + esc(data.rules[x[0]]) + '">';
          out += '<div class="why"><span class="rule">' + esc(data.rules[x[0]]) + '</span>: ' + esc(x[3]) + '</div>';
          for (; n <= end; n++, i++) out += line(n, lines[i]);
          i--;
          out += '</div>';
        } else if (keptAt[n]) {
          out += '<div class="kept"><div class="why">kept by keep pattern ' + esc(JSON.stringify(keptAt[n][0][1])) + ' (' + keptAt[n].map(function (k) { return esc(data.rules[k[2]]); }).join(', ') + ' would remove it)</div>' + line(n, lines[i]) + '</div>';
        } else {
          out += line(n, lines[i]);
        }
      }
      if (hasRule) body += '<div class="hunk">' + out + '</div>';
    });
    return '<section class="file">' + head + body + '</section>';
  }

  function render() {
    var shown = files.filter(matches);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var from = state.page * PAGE;
    var slice = shown.slice(from, from + PAGE);
    byId('files').innerHTML = slice.map(renderFile).join('');
    byId('status').textContent = shown.length === 0 ? 'no file matches' : 'files ' + (from + 1) + '–' + (from + slice.length) + ' of ' + shown.length + ' (page ' + (state.page + 1) + ' of ' + pages + ')';
    byId('prev').disabled = state.page === 0;
    byId('next').disabled = state.page >= pages - 1;
    Array.prototype.forEach.call(tbody.rows, function (row) { row.classList.toggle('active', Number(row.dataset.rule) === state.rule); });
  }

  select.addEventListener('change', function () { state.rule = select.value === '' ? -1 : Number(select.value); state.page = 0; render(); });
  var timer = 0;
  byId('search').addEventListener('input', function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.query = e.target.value.trim().toLowerCase(); state.page = 0; render(); }, 150);
  });
  byId('prev').addEventListener('click', function () { state.page--; render(); window.scrollTo(0, 0); });
  byId('next').addEventListener('click', function () { state.page++; render(); window.scrollTo(0, 0); });
  render();
})();
`;
