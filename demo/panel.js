// The demo's live panel: what Consentry held, released or left alone on this page, vendor by
// vendor. It is fed only by Consentry's documented debug stream (config `debug: true`):
// `Consentry.debugLog()` for what happened before this script ran, then the `consentry:debug`
// events on document. It makes no decisions of its own, so it shows the same thing offline.
(function () {
  'use strict';
  var entries = [];
  var vendors = [];
  var STATE = { held: 'held', blocked: 'held', released: 'released', passed: 'released', cleaned: 'cleaned' };

  function configuredVendors() {
    try {
      var config = JSON.parse(document.getElementById('consentry-config').textContent);
      return (config.vendors || []).map(function (v) {
        return typeof v === 'string' ? v : v.id;
      });
    } catch (_e) {
      return [];
    }
  }

  function add(entry) {
    entries.push(entry);
    if (entry.vendor && vendors.indexOf(entry.vendor) < 0) vendors.push(entry.vendor);
    render();
  }

  /** A vendor's state is its latest held, released or cleaned entry; counts say how often. */
  function summary(id) {
    var s = { state: 'nothing yet', held: 0, released: 0, blocked: 0, cleaned: 0 };
    entries.forEach(function (e) {
      if (e.vendor !== id || !STATE[e.action]) return;
      s.state = STATE[e.action];
      if (e.action === 'passed') s.released++;
      else s[e.action]++;
    });
    return s;
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = String(text);
    if (className) td.className = className;
    row.appendChild(td);
  }

  function describe(e) {
    return e.action + (e.vendor ? ' ' + e.vendor : '') + (e.detail ? ': ' + e.detail : '');
  }

  var scheduled = false;
  function render() {
    if (scheduled) return;
    scheduled = true;
    // Many entries arrive in one burst (a release): draw once per frame, never in between.
    (window.requestAnimationFrame || setTimeout)(draw);
  }

  function draw() {
    scheduled = false;
    var panel = document.getElementById('consentry-panel');
    var body = panel && panel.querySelector('tbody');
    if (!body) return;
    var log = panel.querySelector('ol');
    var api = window.Consentry;
    body.textContent = '';
    vendors.forEach(function (id) {
      var s = summary(id);
      var row = document.createElement('tr');
      row.setAttribute('data-vendor', id);
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = id;
      row.appendChild(th);
      cell(row, s.state, 'state state-' + s.state.replace(/\W/g, '-'));
      cell(row, api ? (api.isAllowed(id) ? 'yes' : 'no') : '?', 'allowed');
      cell(row, s.held, 'count');
      cell(row, s.blocked, 'count');
      cell(row, s.released, 'count');
      cell(row, s.cleaned, 'count');
      body.appendChild(row);
    });
    var others = entries.filter(function (e) {
      return !e.vendor;
    });
    log.textContent = '';
    entries.slice(-40).forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = describe(e);
      li.className = 'action-' + e.action;
      log.appendChild(li);
    });
    panel.querySelector('[data-panel-total]').textContent =
      entries.length + ' entries, ' + others.length + ' not about a vendor (the shopper\u2019s choices)';
  }

  function build() {
    var panel = document.getElementById('consentry-panel');
    if (!panel) return;
    panel.innerHTML =
      '<h2>What Consentry did on this page</h2>' +
      '<p>Fed by Consentry\u2019s <code>consentry:debug</code> events (<code>debug: true</code>). ' +
      'Vendor requests cannot reach the internet from the demo; these are Consentry\u2019s decisions either way.</p>' +
      '<table><thead><tr><th scope="col">Vendor</th><th scope="col">Consentry</th><th scope="col">Allowed now</th>' +
      '<th scope="col">Tags held</th><th scope="col">Calls blocked</th><th scope="col">Released or let through</th>' +
      '<th scope="col">Cleaned</th></tr></thead><tbody></tbody></table>' +
      '<p data-panel-total></p>' +
      '<p>Requests to hosts that no listed vendor claims (this shop\u2019s reviews widget, its own files) are left alone ' +
      'and not listed. \u201cReleased or let through\u201d counts held tags released and requests made once allowed.</p>' +
      '<details><summary>Debug log (latest 40)</summary><ol></ol></details>' +
      '<p><button type="button" data-panel-reset>Forget my choice and ask again</button></p>';
    panel.querySelector('[data-panel-reset]').addEventListener('click', function () {
      if (window.Consentry) window.Consentry.reset();
    });
    draw();
  }

  vendors = configuredVendors();
  if (window.Consentry && window.Consentry.debugLog) window.Consentry.debugLog().forEach(add);
  document.addEventListener('consentry:debug', function (e) {
    add(e.detail);
  });
  document.addEventListener('consentry:change', render);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build);
  else build();
})();
