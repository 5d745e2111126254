(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.hit'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.sec'));
  var status = document.getElementById('status');
  var current = -1;
  form.hidden = false;
  document.body.classList.add('js');

  function chosen() {
    var severities = [];
    form.querySelectorAll('input[name=severity]').forEach(function (box) { if (box.checked) { severities.push(box.value); } });
    return { severity: severities, rule: form.elements.rule.value, section: form.elements.section.value };
  }

  function apply(keepAddress) {
    var want = chosen();
    var visible = {};
    var shown = 0;
    cards.forEach(function (card) {
      var on = want.severity.indexOf(card.dataset.severity) >= 0
        && (want.rule === '' || want.rule === card.dataset.rule)
        && (want.section === '' || want.section === card.dataset.section);
      card.hidden = !on;
      if (on) { visible[card.id.substring(1)] = true; shown++; }
    });
    marks.forEach(function (mark) {
      var on = mark.dataset.f.split(' ').some(function (id) { return visible[id]; });
      mark.classList.toggle('off', !on);
    });
    sections.forEach(function (section) {
      section.hidden = want.section !== '' && section.dataset.section !== want.section;
    });
    document.body.classList.toggle('one-section', want.section !== '' && want.section !== '0');
    status.textContent = 'showing ' + shown + ' of ' + cards.length + ' findings';
    status.dataset.shown = String(shown);
    if (!keepAddress) { address(want); }
  }

  function address(want) {
    var parts = [];
    if (want.severity.length !== 3) { parts.push('severity=' + want.severity.join(',')); }
    if (want.rule) { parts.push('rule=' + encodeURIComponent(want.rule)); }
    if (want.section) { parts.push('section=' + encodeURIComponent(want.section)); }
    history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
  }

  function read() {
    var hash = location.hash.replace(/^#/, '');
    if (hash.indexOf('=') < 0) { return false; }
    var values = {};
    hash.split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at > 0) { values[pair.substring(0, at)] = decodeURIComponent(pair.substring(at + 1)); }
    });
    if (values.severity !== undefined) {
      var wanted = values.severity.split(',');
      form.querySelectorAll('input[name=severity]').forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    }
    if (values.rule !== undefined) { form.elements.rule.value = values.rule; }
    if (values.section !== undefined) { form.elements.section.value = values.section; }
    return true;
  }

  function move(step) {
    var open = cards.filter(function (card) { return !card.hidden; });
    if (open.length === 0) { return; }
    var at = open.indexOf(cards[current]);
    at = at < 0 ? (step > 0 ? 0 : open.length - 1) : (at + step + open.length) % open.length;
    if (current >= 0) { cards[current].classList.remove('current'); }
    current = cards.indexOf(open[at]);
    var card = open[at];
    card.classList.add('current');
    document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    var id = card.id.substring(1);
    var anchor = document.getElementById('m' + id);
    document.querySelectorAll('mark[data-f~="' + id + '"]').forEach(function (m) { m.classList.add('current'); });
    card.focus({ preventScroll: true });
    (anchor || card).scrollIntoView({ block: 'center' });
  }

  form.addEventListener('change', function () { apply(false); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(false); }, 0); });
  window.addEventListener('hashchange', function () { if (read()) { apply(true); } });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) { return; }
    if (e.key === 'j' || e.key === 'n') { move(1); e.preventDefault(); }
    if (e.key === 'k' || e.key === 'p') { move(-1); e.preventDefault(); }
  });
  read();
  apply(true);
})();
