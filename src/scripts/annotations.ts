/**
 * Behaviour for the briefing page; the page reads completely without it.
 *
 * - Details: the marks open their popovers natively (popovertarget). This adds opening on hover (mouse) and a
 *   preview on keyboard focus, WCAG 1.4.13-style: dismissable (Escape, native), hoverable (moving onto the detail
 *   keeps it open), persistent (it stays until the pointer or focus leaves, or it is dismissed). Enter, a click or a
 *   tap pins it open and puts its links into the tab order; Escape closes it and returns focus to the mark.
 * - A click or tap on a quote's or claim's words opens its detail.
 * - The side panel's speaker toggles highlight one speaker's quotes.
 * - The "Show" choice (both, quotes, claims, plain text) is remembered.
 */

type OpenedBy = 'hover' | 'focus' | 'pin';

const HOVER_DELAY = 120;
const CLOSE_DELAY = 300;
const root = document.documentElement;
const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
const supportsPopover = Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

const openedBy = new WeakMap<HTMLElement, OpenedBy>();
const invokerOf = new WeakMap<HTMLElement, HTMLButtonElement>();
const timers = new WeakMap<HTMLElement, number>();
/** details whose focus is being handed back to their mark */
const returning = new WeakSet<HTMLElement>();
/** details that had focus inside when they began to close */
const hadFocus = new WeakSet<HTMLElement>();

function popoverOf(button: HTMLButtonElement): HTMLElement | null {
  const id = button.getAttribute('popovertarget');
  return id ? document.getElementById(id) : null;
}

function isOpen(pop: HTMLElement): boolean {
  return pop.matches(':popover-open');
}

function cancel(pop: HTMLElement): void {
  const t = timers.get(pop);
  if (t !== undefined) clearTimeout(t);
  timers.delete(pop);
}

function show(button: HTMLButtonElement, by: OpenedBy): void {
  const pop = popoverOf(button);
  if (!pop) return;
  cancel(pop);
  const before = openedBy.get(pop);
  // A pinned detail stays pinned; otherwise the stronger intent wins.
  const now: OpenedBy = before === 'pin' || by === 'pin' ? 'pin' : before === 'hover' && by === 'focus' ? 'hover' : by;
  openedBy.set(pop, now);
  invokerOf.set(pop, button);
  // A focus preview shows the detail without putting its links in the tab order: Tab moves on to the next mark.
  pop.inert = now === 'focus';
  if (!isOpen(pop)) {
    try {
      // `source` (anchors the detail to its mark) is newer than the DOM typings here.
      (pop as unknown as { showPopover(options?: { source?: HTMLElement }): void }).showPopover({ source: button });
    } catch {
      // An older engine without `source` (or a show already under way): position falls back to the CSS default.
      try {
        pop.showPopover();
      } catch {
        /* nothing to do: the native popovertarget still works */
      }
    }
  }
}

function hide(pop: HTMLElement): void {
  cancel(pop);
  if (isOpen(pop)) pop.hidePopover();
}

function hideLater(pop: HTMLElement): void {
  cancel(pop);
  timers.set(
    pop,
    window.setTimeout(() => {
      if (openedBy.get(pop) === 'hover' && !pop.matches(':hover') && !invokerOf.get(pop)?.matches(':hover')) hide(pop);
    }, CLOSE_DELAY),
  );
}

function wireMark(button: HTMLButtonElement): void {
  const pop = popoverOf(button);
  if (!pop) return;
  let hoverTimer: number | undefined;

  button.addEventListener('pointerenter', (e) => {
    if (e.pointerType !== 'mouse') return;
    cancel(pop);
    hoverTimer = window.setTimeout(() => show(button, 'hover'), HOVER_DELAY);
  });
  button.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'mouse') return;
    clearTimeout(hoverTimer);
    if (openedBy.get(pop) === 'hover') hideLater(pop);
  });
  button.addEventListener('focus', (e) => {
    const from = e.relatedTarget as Node | null;
    // Focus coming back from the detail (Escape, Close) must not reopen it.
    if (returning.has(pop) || (from && pop.contains(from))) return;
    if (button.matches(':focus-visible')) show(button, 'focus');
  });
  button.addEventListener('blur', (e) => {
    const to = e.relatedTarget as Node | null;
    if (openedBy.get(pop) === 'focus' && !(to && pop.contains(to))) hide(pop);
  });
  button.addEventListener('click', (e) => {
    // Open but only previewed (hover or focus): a click pins it instead of the native toggle closing it.
    if (isOpen(pop) && openedBy.get(pop) !== 'pin') {
      e.preventDefault();
      show(button, 'pin');
    }
  });
}

function wirePopover(pop: HTMLElement): void {
  pop.addEventListener('pointerenter', () => cancel(pop));
  pop.addEventListener('pointerleave', () => {
    if (openedBy.get(pop) === 'hover') hideLater(pop);
  });
  pop.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (!to || pop.contains(to) || to === invokerOf.get(pop)) return;
    hide(pop);
  });
  pop.addEventListener('beforetoggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed' && pop.contains(document.activeElement)) hadFocus.add(pop);
  });
  pop.addEventListener('toggle', (e) => {
    const state = (e as ToggleEvent).newState;
    if (state === 'open') {
      // Opened natively (a tap, Enter, or with the script late): that is a pin.
      if (!openedBy.has(pop)) openedBy.set(pop, 'pin');
      if (!invokerOf.has(pop)) {
        const invoker = document.querySelector<HTMLButtonElement>(`button.mark[popovertarget="${pop.id}"]`);
        if (invoker) invokerOf.set(pop, invoker);
      }
      return;
    }
    const now = document.activeElement;
    const invoker = invokerOf.get(pop);
    openedBy.delete(pop);
    pop.inert = false;
    cancel(pop);
    // Focus was inside the detail: return it to the mark that opened it (unless the reader already moved on).
    if (hadFocus.has(pop)) {
      hadFocus.delete(pop);
      if (invoker && (!now || now === document.body || pop.contains(now) || now === invoker)) {
        returning.add(pop);
        invoker.focus({ preventScroll: true });
        returning.delete(pop);
      }
    }
  });
}

function markFor(annotation: Element): HTMLButtonElement | null {
  const key = annotation.id || annotation.getAttribute('data-part');
  return key ? document.querySelector<HTMLButtonElement>(`button.mark[popovertarget="d-${key}"]`) : null;
}

function wireTextClicks(body: HTMLElement): void {
  body.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (target.closest('a, button') || root.matches(':has(#plain-text:checked)')) return;
    const selection = getSelection();
    if (selection && !selection.isCollapsed) return;
    const annotation = target.closest('.quote, .claim');
    const mark = annotation && markFor(annotation);
    if (mark) show(mark, 'pin');
  });
}

function wireSpeakerFilter(body: HTMLElement): void {
  const toggles = [...document.querySelectorAll<HTMLButtonElement>('.who-toggle')];
  const status = document.querySelector<HTMLElement>('.filter-status');
  const text = status?.querySelector<HTMLElement>('.filter-text');
  let matches: HTMLElement[] = [];
  let cursor = -1;

  const clear = () => {
    for (const t of toggles) t.setAttribute('aria-pressed', 'false');
    for (const q of body.querySelectorAll('.quote.is-match')) q.classList.remove('is-match');
    delete body.dataset.filter;
    matches = [];
    if (status) status.hidden = true;
  };

  for (const toggle of toggles) {
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const pressed = toggle.getAttribute('aria-pressed') === 'true';
      clear();
      if (pressed) return;
      const id = toggle.dataset.filterSpeaker ?? '';
      toggle.setAttribute('aria-pressed', 'true');
      body.dataset.filter = id || 'none';
      // A speaker's quotes are those stated as theirs: a guess is not highlighted as their words.
      for (const q of body.querySelectorAll<HTMLElement>('.quote[data-attribution="named"]')) if ((q.dataset.speaker ?? '') === id) q.classList.add('is-match');
      matches = [...body.querySelectorAll<HTMLElement>('.quote.is-match[id]')];
      cursor = -1;
      const name = toggle.closest('.who')?.querySelector('.who-text > :first-child')?.textContent ?? 'this speaker';
      if (status && text) {
        text.textContent = `Highlighting ${matches.length} ${matches.length === 1 ? 'quote' : 'quotes'}: ${name}.`;
        status.hidden = false;
      }
    });
  }
  status?.querySelector('.filter-clear')?.addEventListener('click', () => {
    const pressed = toggles.find((t) => t.getAttribute('aria-pressed') === 'true');
    clear();
    pressed?.focus();
  });
  status?.querySelector('.filter-next')?.addEventListener('click', () => {
    if (matches.length === 0) return;
    cursor = (cursor + 1) % matches.length;
    const quote = matches[cursor]!;
    quote.scrollIntoView({ block: 'center', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
    quote.classList.remove('is-current');
    void quote.offsetWidth;
    quote.classList.add('is-current');
    window.setTimeout(() => quote.classList.remove('is-current'), 1600);
  });
}

/** The "Show" choice: applied before paint from storage (public/theme-init.js), remembered on change. */
function wireShowChoice(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="show"]')];
  if (radios.length === 0) return;
  const stored = root.dataset.show;
  if (stored) {
    const radio = radios.find((r) => r.value === stored);
    if (radio) radio.checked = true;
    // The radio now carries the choice; CSS reads it.
    delete root.dataset.show;
  }
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      try {
        if (radio.value === 'both') localStorage.removeItem('onrecord-show');
        else localStorage.setItem('onrecord-show', radio.value);
        localStorage.removeItem('onrecord-plain');
      } catch {
        // Storage blocked: the choice still holds for this page.
      }
    });
  }
}

/** "Copy link" beside each detail's permalink: the address where the site is being read (links are relative). */
function wireCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.detail a[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy link';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link.href);
        button.textContent = 'Link copied';
      } catch {
        button.textContent = 'Copy failed: use the permalink';
      }
      window.setTimeout(() => (button.textContent = 'Copy link'), 2000);
    });
    link.after(' ', button);
  }
}

const body = document.querySelector<HTMLElement>('.briefing-body');
wireCopyLinks();
if (supportsPopover) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.mark[popovertarget]')) wireMark(button);
  for (const pop of document.querySelectorAll<HTMLElement>('.detail[popover]')) wirePopover(pop);
  if (body) wireTextClicks(body);
}
if (body) wireSpeakerFilter(body);
wireShowChoice();
