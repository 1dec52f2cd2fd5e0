/** One line of text copied out of Word/PDF, split into its tab-separated cells. */
export interface SourceLine {
  /** 1-based, as an editor shows it */
  line: number;
  cells: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Splits on LF or CRLF and on tabs; cells keep their text untrimmed so positions stay exact. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((content, index) => ({ line: index + 1, cells: content.split('\t') }));
}

export function isBlank(source: SourceLine): boolean {
  return source.cells.every((cell) => cell.trim() === '');
}

/** The visible text of a cell copied as HTML: tags become spaces, entities are decoded, whitespace collapses. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#39|[a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts set in bold (<b> or <strong>), in order. */
export function boldTexts(html: string): string[] {
  return [...html.matchAll(/<(b|strong)\b[^>]*>([\s\S]*?)<\/\1>/gi)]
    .map((match) => plainText(match[2]))
    .filter((text) => text !== '');
}

/** A cell read as a field label: plain, lower case, without a leading "1." / "a." and a trailing colon. */
export function labelOf(cell: string): string {
  return plainText(cell)
    .toLowerCase()
    .replace(/^([0-9]+|[a-z])\.\s+/, '')
    .replace(/\s*:$/, '');
}
