/**
 * Enhances every `.share-actions` block (src/components/share/ShareActions.astro): shows "Copy link" and
 * "Copy citation" (Clipboard API; when it is missing or refused, a hidden textarea and execCommand('copy');
 * when that fails too, the text is selected for the reader to copy), and "Share…" where navigator.share exists.
 * One delegated listener for the whole page.
 */

function say(block: Element, message: string): void {
  const status = block.querySelector('.share-status');
  if (status) status.textContent = message;
}

function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not focused): fall back
  }
  return legacyCopy(text);
}

function selectContents(el: Element | null): void {
  if (!el) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

function enhance(): void {
  const canShare = typeof navigator.share === 'function';
  for (const el of document.querySelectorAll<HTMLElement>('.share-actions [data-share-enhanced]')) {
    if (el.dataset.shareNeeds === 'share' && !canShare) continue;
    el.hidden = false;
  }
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-share]');
  const block = button?.closest<HTMLElement>('.share-actions');
  if (!button || !block) return;
  // Links in the page are relative: the address copied is where the site is being read, not the configured origin.
  const url = new URL(block.dataset.shareUrl ?? location.href, location.href).href;
  const action = button.dataset.share;
  if (action === 'copy') {
    if (await copy(url)) say(block, 'Link copied.');
    else {
      selectContents(block.querySelector('.share-permalink'));
      say(block, `Copy this link: ${url}`);
    }
  } else if (action === 'copy-citation') {
    const citation = block.querySelector('.share-citation');
    // The citation names the configured origin (it must be absolute); copied from another host, it names this one.
    const origin = block.dataset.shareOrigin;
    const text = citation?.textContent ?? '';
    if (await copy(origin && /^https?:$/.test(location.protocol) ? text.split(origin).join(location.origin) : text)) say(block, 'Citation copied.');
    else {
      selectContents(citation);
      say(block, 'The citation is selected: copy it with your keyboard.');
    }
  } else if (action === 'native') {
    try {
      await navigator.share({ url, title: block.dataset.shareTitle ?? document.title, text: block.dataset.shareText ?? '' });
    } catch {
      // dismissed by the reader: nothing to say
    }
  }
});

enhance();
