/**
 * Share-card inputs that exercise every part of the card's look: a short quote, one that wraps, one long enough to
 * be cut with an ellipsis, a claim, reported speech (no quotation marks), accented Latin, Cyrillic, Greek and
 * Vietnamese (the font's subsets beyond latin), a missing role, an outlet, and labels long enough to wrap.
 * Invented text. Used by tools/bench-cards.ts (timing and pixel comparison) and the card tests.
 */
import type { CardInput } from '../src/lib/cards/card.ts';

const base = { briefingTitle: 'Harbour talks end without a deal', date: '18 February 2025' };

export const CARD_CASES: Record<string, CardInput> = {
  short: { ...base, kind: 'quote', words: 'We are not done yet.', who: 'Jane Example', role: 'Foreign minister' },
  wrapping: { ...base, kind: 'quote', words: 'We will not accept any deal that leaves our country weaker than it was when these talks began, and nobody here should expect otherwise.', who: 'Jane Example', role: 'Foreign minister' },
  truncated: {
    ...base,
    kind: 'quote',
    words:
      'The negotiations have gone on for far longer than anyone in this room expected, and while I understand the frustration of the families who have waited every single day for news, I want to be absolutely clear that we will not sign anything that trades their safety for a headline, however tempting that might look to people who are not the ones who must live with the consequences of a bad agreement for decades to come.',
    who: 'Jane Example',
    role: 'Foreign minister',
  },
  claim: { ...base, kind: 'claim', words: 'Unemployment fell to 3.9 per cent in the last quarter, the lowest rate recorded since 1974.', who: 'The article’s own voice', role: null, detail: 'check-worthiness 83%' },
  reported: { ...base, kind: 'quote', words: 'the ceasefire would hold through the weekend if both sides kept their forces behind the agreed line', who: 'An unnamed source', role: null, quoted: false },
  accented: { ...base, kind: 'quote', words: 'Señor Müller dijo que la coöperación será «más fácil» después de la reunión en Kraków — Łódź también.', who: 'Zoë Ångström-Çelik', role: 'Ministre des Affaires étrangères' },
  cyrillic: { ...base, kind: 'quote', words: 'Мы не подпишем соглашение, которое ослабит нашу страну.', who: 'Мария Иванова', role: 'Министр иностранных дел' },
  greek: { ...base, kind: 'quote', words: 'Δεν θα υπογράψουμε καμία συμφωνία που αποδυναμώνει τη χώρα μας.', who: 'Γιώργος Παπαδόπουλος', role: 'Υπουργός Εξωτερικών' },
  vietnamese: { ...base, kind: 'quote', words: 'Chúng tôi sẽ không ký bất kỳ thỏa thuận nào làm suy yếu đất nước.', who: 'Nguyễn Thị Hương', role: 'Bộ trưởng Ngoại giao' },
  noRole: { ...base, kind: 'quote', words: 'Nobody told us anything until the trucks had already left the depot.', who: 'Source uncertain', role: null },
  outlet: { ...base, kind: 'quote', words: 'The port will reopen on Monday, weather permitting & tides <allowing>.', who: 'Sam Harbour', role: 'Port authority spokesperson', outlet: 'Northshore Ledger' },
  longLabels: {
    kind: 'claim',
    words: 'The bridge repair will cost $9 million, three times the council’s estimate from last spring.',
    who: 'Alexandria Montgomery-Fitzwilliam, on behalf of the Regional Infrastructure Oversight Committee',
    role: 'Deputy Chair of the Regional Infrastructure Oversight and Accountability Committee for Coastal Districts',
    briefingTitle: 'A very long briefing title that goes on and on about the council budget and its bridges',
    date: '28 September 2026',
    detail: 'check-worthiness 91%',
    outlet: 'The Northshore Ledger and Evening Chronicle',
  },
};
