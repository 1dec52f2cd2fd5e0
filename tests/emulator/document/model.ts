/**
 * The content of an emulated Google Doc as plain data: sections of blocks (paragraphs, list items, tables), text
 * with per-character style, paragraph and page attributes in points. Plain data so a document is copied with
 * structuredClone (saving, opening, makeCopy) and read by exporters (.docx, PDF) without the fakes.
 *
 * A paragraph holds its text and, after it, its inline images, then the page breaks and horizontal rules appended to
 * it: enough for the documents the project writes. Footnotes, bookmarks, positioned images are not modelled. The
 * layout properties only the Docs API sets (keepWithNext, pinned header rows, preventOverflow) are kept here too, so
 * DocumentApp copies and the .docx export carry them.
 */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

export type HeadingName =
  'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type InlineBreak = 'PAGE_BREAK' | 'HORIZONTAL_RULE';

/** An inline image: its bytes (base64, so the data stays plain) and its size as Docs shows it, in pixels. */
export interface ImageData {
  base64: string;
  contentType: string;
  width: number;
  height: number;
}

export interface ParagraphData {
  kind: 'paragraph' | 'listItem';
  text: string;
  /** one style per character of text */
  styles: TextStyle[];
  /** the style new text takes in an empty paragraph (set through setAttributes / editAsText on the whole element) */
  baseStyle: TextStyle;
  heading: HeadingName;
  alignment: AlignmentName | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  indentFirstLine: number | null;
  lineSpacing: number | null;
  images: ImageData[];
  breaks: InlineBreak[];
  /** Docs API paragraphStyle.keepWithNext */
  keepWithNext: boolean;
  glyphType: string | null;
  nestingLevel: number;
}

export interface CellData {
  children: BlockData[];
  backgroundColor: string | null;
  width: number | null;
  verticalAlignment: string | null;
  paddingTop: number | null;
  paddingBottom: number | null;
  paddingLeft: number | null;
  paddingRight: number | null;
}

export interface RowData {
  cells: CellData[];
  minimumHeight: number | null;
  /** Docs API tableRowStyle.preventOverflow: the row is not split across pages */
  preventOverflow?: boolean;
}

export interface TableData {
  kind: 'table';
  rows: RowData[];
  /** per column, points; null where Docs decides */
  columnWidths: (number | null)[];
  borderWidth: number | null;
  borderColor: string | null;
  /** Docs API pinTableHeaderRows: the first rows, repeated on every page */
  pinnedHeaderRows?: number;
}

export type BlockData = ParagraphData | TableData;

export interface SectionData {
  children: BlockData[];
}

export interface PageData {
  /** points; a new Google Doc is US Letter with 1-inch margins */
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface DocData {
  body: SectionData;
  header: SectionData | null;
  footer: SectionData | null;
  page: PageData;
}

/** Page sizes in points, for setPageWidth / setPageHeight. */
export const PAGE_SIZES = {
  LETTER: { width: 612, height: 792 },
  A4: { width: 595.276, height: 841.89 },
  /** F4 / folio (215 × 330 mm as used in Indonesian offices, 8.5 × 13 in) */
  F4: { width: 612, height: 936 },
} as const;

export function newParagraph(text = '', kind: ParagraphData['kind'] = 'paragraph'): ParagraphData {
  return {
    kind,
    text,
    styles: Array.from(text, () => ({})),
    baseStyle: {},
    heading: 'NORMAL',
    alignment: null,
    spacingBefore: null,
    spacingAfter: null,
    indentStart: null,
    indentEnd: null,
    indentFirstLine: null,
    lineSpacing: null,
    images: [],
    breaks: [],
    keepWithNext: false,
    glyphType: kind === 'listItem' ? 'BULLET' : null,
    nestingLevel: 0,
  };
}

export function newCell(text = ''): CellData {
  return {
    children: [newParagraph(text)],
    backgroundColor: null,
    width: null,
    verticalAlignment: null,
    paddingTop: null,
    paddingBottom: null,
    paddingLeft: null,
    paddingRight: null,
  };
}

export function newTable(cells: readonly (readonly string[])[] = []): TableData {
  const columns = Math.max(0, ...cells.map((row) => row.length));
  return {
    kind: 'table',
    rows: cells.map((row) => ({ cells: row.map((text) => newCell(String(text))), minimumHeight: null })),
    columnWidths: Array.from({ length: columns }, () => null),
    borderWidth: null,
    borderColor: null,
  };
}

/** A new document's content: a body holding one empty paragraph, as DocumentApp.create makes it. */
export function newDocument(): DocData {
  return {
    body: { children: [newParagraph()] },
    header: null,
    footer: null,
    page: { ...PAGE_SIZES.LETTER, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 },
  };
}

export function isParagraph(block: BlockData): block is ParagraphData {
  return block.kind !== 'table';
}

/** Every paragraph inside the blocks, in reading order (table cells row by row). */
function paragraphsIn(blocks: readonly BlockData[]): ParagraphData[] {
  return blocks.flatMap((block) =>
    isParagraph(block)
      ? [block]
      : block.rows.flatMap((row) => row.cells.flatMap((cell) => paragraphsIn(cell.children))),
  );
}

/** Text of blocks as Docs gives it for a container: paragraphs separated by newlines. */
function blocksText(blocks: readonly BlockData[]): string {
  return paragraphsIn(blocks)
    .map((p) => p.text)
    .join('\n');
}

// ---------------------------------------------------------------- text editing on one paragraph

/** The style a character inserted at offset takes: the one before it, else the paragraph's base style. */
function styleAt(paragraph: ParagraphData, offset: number): TextStyle {
  return { ...(paragraph.styles[offset - 1] ?? paragraph.styles[offset] ?? paragraph.baseStyle) };
}

export function insertText(paragraph: ParagraphData, offset: number, text: string): void {
  const style = styleAt(paragraph, offset);
  paragraph.text = paragraph.text.slice(0, offset) + text + paragraph.text.slice(offset);
  paragraph.styles.splice(offset, 0, ...Array.from(text, () => ({ ...style })));
}

export function deleteText(paragraph: ParagraphData, start: number, endInclusive: number): void {
  paragraph.text = paragraph.text.slice(0, start) + paragraph.text.slice(endInclusive + 1);
  paragraph.styles.splice(start, endInclusive - start + 1);
}

/** Replaces the whole text; it takes the style of the old first character (or the base style). */
export function setText(paragraph: ParagraphData, text: string): void {
  const style = { ...(paragraph.styles[0] ?? paragraph.baseStyle) };
  paragraph.text = text;
  paragraph.styles = Array.from(text, () => ({ ...style }));
}

export function applyStyle(paragraph: ParagraphData, start: number, endInclusive: number, patch: TextStyle): void {
  for (let i = start; i <= endInclusive && i < paragraph.styles.length; i++) {
    paragraph.styles[i] = { ...paragraph.styles[i], ...patch };
  }
}

/**
 * Replaces every match of pattern in the paragraph's text between from and to (exclusive). The pattern is matched
 * within this one paragraph; the replacement is inserted as written: "$1" stays "$1" (Docs does not substitute
 * groups). Replaced text takes the style of the first matched character. Returns the change in length.
 */
export function replaceInParagraph(
  paragraph: ParagraphData,
  pattern: RegExp,
  replacement: string,
  from = 0,
  to = paragraph.text.length,
): number {
  const region = paragraph.text.slice(from, to);
  const matches = [...region.matchAll(pattern)].filter((m) => m[0].length > 0);
  for (const match of matches.reverse()) {
    const start = from + (match.index ?? 0);
    const style = { ...paragraph.styles[start] };
    paragraph.text = paragraph.text.slice(0, start) + replacement + paragraph.text.slice(start + match[0].length);
    paragraph.styles.splice(start, match[0].length, ...Array.from(replacement, () => ({ ...style })));
  }
  return matches.reduce((delta, m) => delta + replacement.length - m[0].length, 0);
}

/** Groups consecutive characters of equal style: what exporters write as runs. */
export function runsOf(paragraph: ParagraphData): { text: string; style: TextStyle }[] {
  const runs: { text: string; style: TextStyle }[] = [];
  for (let i = 0; i < paragraph.text.length; i++) {
    const style = paragraph.styles[i] ?? {};
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.style, style)) last.text += paragraph.text[i];
    else runs.push({ text: paragraph.text[i], style });
  }
  return runs;
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  return [...keys].every((k) => a[k] === b[k]);
}

/** The document as plain text pages for PDF: '\f' where a page break is. */
export function documentPlainText(doc: DocData): string {
  const lines: string[] = [];
  const walk = (blocks: readonly BlockData[]) => {
    for (const block of blocks) {
      if (!isParagraph(block)) {
        for (const row of block.rows) lines.push(row.cells.map((cell) => blocksText(cell.children)).join(' | '));
        continue;
      }
      lines.push(block.kind === 'listItem' ? `• ${block.text}` : block.text);
      for (const br of block.breaks) lines.push(br === 'PAGE_BREAK' ? '\f' : '_'.repeat(40));
    }
  };
  walk(doc.header?.children ?? []);
  walk(doc.body.children);
  walk(doc.footer?.children ?? []);
  return lines.join('\n').replace(/\n?\f\n?/g, '\f');
}
