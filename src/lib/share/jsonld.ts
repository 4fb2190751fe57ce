/**
 * JSON-LD for a `<script type="application/ld+json">`: JSON with every character that could end the script element
 * or open markup escaped (`<` `>` `&` as \u003c \u003e \u0026), and the line separators JavaScript parsers dislike.
 * The result is still the same JSON to any parser, and no text can break out of the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
