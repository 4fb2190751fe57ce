/**
 * Arrival on a deep link, `/briefings/<slug>/#<id>`: the browser scrolls to the item (CSS `scroll-margin-top`
 * keeps it below a sticky header) and CSS marks it (`:target`); this moves keyboard and screen-reader focus to it,
 * so the next Tab starts there and the words are announced. An old id re-anchored by the ledger (an empty
 * `.anchor-alias` inside the item) focuses the item that holds it; a removed id's notice is focused the same way.
 * It also measures a sticky or fixed site header, so the scroll offset fits it exactly.
 */

function stickyOffset(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!header) return;
  const position = getComputedStyle(header).position;
  if (position !== 'sticky' && position !== 'fixed') return;
  document.documentElement.style.setProperty('--anchor-offset', `${Math.ceil(header.getBoundingClientRect().height) + 16}px`);
}

function targetOf(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: use the raw fragment
  }
  const el = document.getElementById(id);
  if (!el) return null;
  if (el.classList.contains('anchor-alias')) return el.parentElement?.closest<HTMLElement>('[id]') ?? el;
  return el;
}

function arrive(): void {
  const target = targetOf(location.hash);
  if (!target) return;
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.classList.add('arrived');
  // The browser scrolls to the fragment itself (smoothly, where the reader allows motion): focus must not jump.
  target.focus({ preventScroll: true });
}

stickyOffset();
arrive();
addEventListener('hashchange', arrive);
addEventListener('resize', stickyOffset, { passive: true });
document.addEventListener('focusout', (e) => {
  const el = e.target as HTMLElement;
  if (el.classList?.contains('arrived')) el.classList.remove('arrived');
});
