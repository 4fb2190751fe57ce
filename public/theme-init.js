// Applies the reader's stored theme and "Show" choice before first paint (no flash): a blocking classic script in
// <head>, a file rather than inline code so that the Content-Security-Policy allows no inline script. Keep it tiny.
try {
  var d = document.documentElement;
  var t = localStorage.getItem('onrecord-theme');
  if (t === 'light' || t === 'dark') d.dataset.theme = t;
  var s = localStorage.getItem('onrecord-show') || (localStorage.getItem('onrecord-plain') === '1' ? 'plain' : '');
  if (s === 'quotes' || s === 'claims' || s === 'plain') d.dataset.show = s;
} catch (e) {}
