/**
 * What an imported article is before it becomes a briefing: its text as Markdown blocks (the words as the source has
 * them) and whatever the source says about itself. Fields the source does not tell are left undefined, and the
 * briefing writer marks them for the editor.
 */
export interface ImportedArticle {
  title?: string;
  /** the publication: "The Daily Example" */
  outlet?: string;
  /** the article's own address (canonical link) */
  url?: string;
  author?: string;
  /** ISO 8601 date or date-time, as the source gives it */
  published?: string;
  updated?: string;
  /** a one-line description the source gives (meta description) */
  description?: string;
  /** Markdown blocks, in order: paragraphs as they are, sub-headings as "## …" */
  blocks: string[];
  /** front matter fields the source already had (a Markdown file's own), kept as they were */
  extra?: Record<string, unknown>;
}

/**
 * Keeps a paragraph from being read as Markdown syntax it never meant (a line starting "# ", "> ", "- ", "1. ",
 * "---"), with one backslash, which Markdown shows as nothing: the reader sees the words as written.
 */
export function literalParagraph(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)]\s)|[-=_*]{3,}\s*$|`{3,}|~{3,}|\|)/, '$1\\$2'))
    .join('\n');
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe". */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const text = (byline ?? '').replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '').replace(/[,;|]\s*$/, '').trim();
  return text || undefined;
}
