/**
 * The site's one way to write a date: "18 February 2025", in UTC, so a briefing dated 2025-02-18 reads as that day
 * wherever the site is built. One formatter for the build: `toLocaleDateString` makes a new one on every call,
 * which cost more than the rest of a permalink page's dates.
 */
let long: Intl.DateTimeFormat | undefined;

export function dateLabel(date: Date): string {
  // Made on first use, not at import: a browser bundle that imports this module without calling it stays as it was.
  long ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return long.format(date);
}

/** The same for an ISO day (YYYY-MM-DD). */
export function isoDateLabel(iso: string): string {
  return dateLabel(new Date(`${iso}T00:00:00Z`));
}
