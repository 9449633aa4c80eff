// Injected by LeadersHtmlInBrowserTest into a copy of the HTML leaders' report. Once the page (and its pictures) has
// loaded, it reads the page as the browser built it and writes what it found into <pre id="audit">, one fact per
// line, fields separated by tabs, for the test to assert on. "violation" lines follow axe-core's rule names where
// there is one; the checks are written here because the build takes no new dependency for them.
window.addEventListener('load', function () {
  var lines = [];
  function fact() { lines.push(Array.prototype.join.call(arguments, '\t')); }
  function violation(rule, detail) { fact('violation', rule, detail); }
  function text(e) { return (e.textContent || '').replace(/\s+/g, ' ').trim(); }

  var html = document.documentElement;
  fact('lang', html.getAttribute('lang') || '');
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(html.getAttribute('lang') || '')) {
    violation('html-lang-valid', 'lang="' + html.getAttribute('lang') + '"');
  }
  fact('title', document.title);
  if (!document.title.trim()) { violation('document-title', 'empty'); }

  var viewport = document.querySelector('meta[name=viewport]');
  if (viewport && /user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/.test(viewport.content)) {
    violation('meta-viewport', viewport.content);
  }

  // headings, in document order, and their order (heading-order, page-has-heading-one, empty-heading)
  var headings = document.querySelectorAll('h1, h2, h3, h4, h5, h6');
  var previous = 0;
  headings.forEach(function (h) {
    var level = Number(h.tagName.substring(1));
    fact('heading', h.tagName.toLowerCase(), text(h));
    if (!text(h)) { violation('empty-heading', h.outerHTML); }
    if (level > previous + 1) { violation('heading-order', h.tagName + ' after h' + previous + ': ' + text(h)); }
    previous = level;
  });
  if (document.querySelectorAll('h1').length !== 1) {
    violation('page-has-heading-one', document.querySelectorAll('h1').length + ' h1 elements');
  }

  // landmarks: one main, and every piece of text inside a landmark (landmark-one-main, region)
  if (document.querySelectorAll('main').length !== 1) {
    violation('landmark-one-main', document.querySelectorAll('main').length + ' main elements');
  }
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent.trim() && node.parentElement.closest('pre#audit, script') === null
        && node.parentElement.closest('main, header, footer, nav, aside') === null) {
      violation('region', 'text outside any landmark: ' + node.textContent.trim().substring(0, 60));
    }
  }

  // tables (td-has-header, th-has-data-cells, scope-attr-valid, and a caption naming each table)
  document.querySelectorAll('table').forEach(function (t) {
    var caption = t.querySelector('caption');
    var headers = t.querySelectorAll('th');
    var scoped = t.querySelectorAll('th[scope=col], th[scope=row]').length;
    fact('table', caption ? text(caption) : '', headers.length, scoped, t.querySelectorAll('td').length);
    if (!caption || !text(caption)) { violation('table-caption', 'a table without a caption'); }
    if (scoped !== headers.length) { violation('scope-attr-valid', (headers.length - scoped) + ' header cells unscoped'); }
    t.querySelectorAll('tbody tr').forEach(function (row) {
      if (row.querySelector('td') && !row.querySelector('th[scope=row]') && !t.querySelector('thead th[scope=col]')) {
        violation('td-has-header', 'a row with no header: ' + text(row).substring(0, 60));
      }
    });
  });

  // pictures: alternative text, decoded, and the figure's alt equal to its caption (image-alt)
  document.querySelectorAll('img').forEach(function (img) {
    if (!img.hasAttribute('alt') || !img.getAttribute('alt').trim()) { violation('image-alt', img.src.substring(0, 40)); }
    if (!img.complete || img.naturalWidth === 0) { violation('image-decoded', img.getAttribute('alt')); }
  });
  document.querySelectorAll('figure').forEach(function (f) {
    var img = f.querySelector('img');
    var caption = f.querySelector('figcaption');
    // the caption as a screen reader gets it: its text, spaces as written
    fact('figure', img ? img.getAttribute('alt') : '', caption ? caption.textContent.trim() : '',
        img ? img.naturalWidth + 'x' + img.naturalHeight : '', img ? Math.round(img.getBoundingClientRect().width) : 0);
  });

  // ids unique, and every aria-labelledby pointing at one (duplicate-id, aria-valid-attr-value)
  var seen = {};
  document.querySelectorAll('[id]').forEach(function (e) {
    if (seen[e.id]) { violation('duplicate-id', e.id); }
    seen[e.id] = true;
  });
  document.querySelectorAll('[aria-labelledby]').forEach(function (e) {
    e.getAttribute('aria-labelledby').split(/\s+/).forEach(function (id) {
      if (!document.getElementById(id)) { violation('aria-valid-attr-value', 'aria-labelledby="' + id + '"'); }
    });
  });

  // colour contrast of every element that holds text, against the background it sits on (color-contrast)
  function rgba(s) {
    var m = s.match(/[\d.]+/g).map(Number);
    return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
  }
  function luminance(c) {
    function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  }
  function background(e) {
    for (; e; e = e.parentElement) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c.a > 0) { return c; }
    }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  var checked = 0;
  document.querySelectorAll('body *').forEach(function (e) {
    var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
    if (!own || e.closest('pre#audit, script')) { return; }
    var style = getComputedStyle(e);
    var fg = luminance(rgba(style.color));
    var bg = luminance(background(e));
    var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    var size = parseFloat(style.fontSize);
    var large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    checked++;
    if (ratio < (large ? 3 : 4.5)) {
      violation('color-contrast', ratio.toFixed(2) + ':1 for ' + text(e).substring(0, 60));
    }
    if (size < 12) { violation('font-size', size + 'px for ' + text(e).substring(0, 60)); }
  });
  fact('contrast-checked', checked);

  var pre = document.createElement('pre');
  pre.id = 'audit';
  pre.textContent = '\n' + lines.join('\n') + '\n';
  document.body.appendChild(pre);
});
