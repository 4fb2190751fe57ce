/**
 * The speakers index's filter box: typing narrows the list to the names (and other forms) that contain every word
 * typed, accents and case aside. Without scripts the box stays hidden and the full list is there.
 */
export {};

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const box = document.querySelector<HTMLInputElement>('[data-speaker-filter]');
if (box) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-speaker-names]')].map((li) => ({ li, names: fold(li.dataset.speakerNames ?? '') }));
  const sections = [...document.querySelectorAll<HTMLElement>('[data-speaker-section]')];
  const status = document.querySelector<HTMLElement>('[data-speaker-filter-status]')!;
  box.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const words = fold(box.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { li, names } of items) {
      const match = words.every((w) => names.includes(w));
      li.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('li:not([hidden])');
    status.textContent = words.length ? `${shown} of ${items.length} speakers match “${box.value.trim()}”.` : '';
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 80);
  });
  if (box.value) apply();
}
