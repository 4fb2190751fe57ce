/**
 * Every built page is valid HTML by the W3C Nu Html Checker (vnu-jar), zero errors. One checker run over the whole
 * built site (Java starts once); a failure lists every error as file:line: message.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlErrors } from '../support/checks.ts';
import { htmlFiles } from '../support/site.ts';

describe('HTML validity (W3C Nu checker)', () => {
  it('finds zero errors in every built page', () => {
    const site = inject('siteDir');
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(0);
    const errors = htmlErrors(site, pages);
    expect(errors, `${errors.length} HTML error(s) in ${pages.length} pages:\n${errors.join('\n')}`).toEqual([]);
  });
});
