/**
 * Measures, in the page, the share of a briefing's body characters that are marked: inside a quote or claim element
 * that draws an underline or a highlight. Text decoration is not inherited in computed style but is drawn on the
 * descendants, so each text node looks at its quote and claim ancestors. Runs in the browser (page.evaluate).
 */
export function markedShareInPage(): { marked: number; total: number } {
  const body = document.querySelector('.briefing-body');
  if (!body) return { marked: 0, total: 0 };
  const drawn = (el: Element) => {
    const style = getComputedStyle(el);
    return style.textDecorationLine !== 'none' || style.backgroundImage !== 'none' || !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor);
  };
  let marked = 0;
  let total = 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const n = (node.textContent ?? '').replace(/\s+/g, ' ').length;
    total += n;
    for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
      if (el.matches('.quote, .claim') && drawn(el)) {
        marked += n;
        break;
      }
    }
  }
  return { marked, total };
}
