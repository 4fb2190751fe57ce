/**
 * The theme switch: system → light → dark → system. The choice lives in localStorage under `onrecord-theme`;
 * BaseLayout's inline head script applies it before first paint (no flash).
 */
const KEY = 'onrecord-theme';
type Choice = 'system' | 'light' | 'dark';
const ORDER: Choice[] = ['system', 'light', 'dark'];
const LABEL: Record<Choice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function stored(): Choice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage blocked (private mode, policy): the choice lasts for this page only.
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-label', `Colour theme: ${LABEL[choice].toLowerCase()}`);
    const label = button.querySelector('.theme-toggle-label');
    if (label) label.textContent = LABEL[choice];
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length]!;
    apply(next);
  });
}
apply(stored());
