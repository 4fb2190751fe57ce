/**
 * Builds the Pagefind index of the built site in `astro:build:done`, through Pagefind's Node API, so every build
 * (`npm start`, the tests, CI) ships `dist/pagefind/`.
 *
 * What the index holds, and why (readers search for what someone said):
 * - one custom record per quote and per claim (built by src/lib/search-records.ts, handed over by the build-only
 *   file `search/records.json`, which is deleted here): the words, then who said them, URL = the anchor in the
 *   briefing, filters `speaker` / `kind` / `briefing`;
 * - each briefing page, but only its narration: quote and claim elements are excluded from the page record, so a
 *   passage is found once, as the quote or claim it is, never again as "somewhere on the page". The page record
 *   carries kind `briefing`, so the kind facet can show or hide briefings too.
 * Only these are indexed: speaker pages and quote/claim permalink pages repeat the same words and would show
 * every quote two or three times.
 */
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { RECORDS_FILE, type SearchRecordsFile } from '../../lib/search-records.ts';

/** Quote and claim elements of the markup contract: their words live in their own records. */
const ANNOTATION_SELECTORS = ['.quote[data-kind]', '.claim[data-claimant]'];

/** About how many records share one fragment file. */
const FRAGMENT_GROUP = 16;

const attr = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Page-level filters, meta and sort key for a briefing page, as Pagefind reads them from the head. */
function briefingHead(briefing: SearchRecordsFile['briefings'][number]): string {
  const tags = [
    ['data-pagefind-filter', 'kind', 'briefing'],
    ['data-pagefind-filter', 'briefing', briefing.title],
    ['data-pagefind-meta', 'kind', 'briefing'],
    ['data-pagefind-meta', 'briefing_url', `/briefings/${briefing.slug}/`],
    ['data-pagefind-meta', 'date', briefing.date],
    ['data-pagefind-meta', 'date_label', briefing.date_label],
    ['data-pagefind-meta', 'summary', briefing.summary],
    ['data-pagefind-sort', 'order', briefing.order],
  ];
  return tags.map(([a, name, value]) => `<meta ${a}="${name}[content]" content="${attr(value!)}">`).join('');
}

/** Where the reader's compact bundle goes (src/lib/search-reader.ts says why there are two). */
export const READER_BUNDLE = 'search/bundle';

/** The search page's own index: one Pagefind page per briefing, no HTML parsing, no page-level extras. */
export async function writeReaderBundle(data: Pick<SearchRecordsFile, 'reader'>, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const { speakers: _counted, ...page } of data.reader) {
    const added = await index.addCustomRecord(page);
    if (added.errors.length > 0) throw new Error(`Pagefind refused the reader page ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the reader bundle: ${written.errors.join('; ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'on-record:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const recordsPath = `${outDir}/${RECORDS_FILE}`;
        const data = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecordsFile;
        await rm(recordsPath);

        // Records are small (a quote is a sentence or two): one fragment file per record would make a list of 30
        // results cost 30 requests. Grouping about 16 records per file (in the order they are added, so a
        // briefing's quotes travel together) costs a few hundred bytes more per group and saves the round trips.
        const maxFragments = Math.max(1, Math.ceil((data.records.length + data.briefings.length) / FRAGMENT_GROUP));
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ANNOTATION_SELECTORS, maxFragments });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          for (const briefing of data.briefings) {
            const url = `/briefings/${briefing.slug}/`;
            const html = await readFile(`${outDir}${url}index.html`, 'utf8');
            const added = await index.addHTMLFile({ url, content: html.replace('</head>', `${briefingHead(briefing)}</head>`) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          }
          for (const record of data.records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          await writeReaderBundle(data, `${outDir}/${READER_BUNDLE}`);
          const quotes = data.records.filter((r) => r.meta.kind === 'quote').length;
          logger.info(`indexed ${data.briefings.length} briefings, ${quotes} quotes and ${data.records.length - quotes} claims into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
