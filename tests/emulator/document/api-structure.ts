import { isParagraph, type BlockData, type ParagraphData, type RowData, type TableData } from './model';

/**
 * The document model laid out in Docs API indices, as "Structure of a Google Docs document" counts them: the body
 * starts with a section break ending at 1; a paragraph spans its text, one index per inline object (image, page break,
 * horizontal rule) and its closing newline; a table takes one index where it starts, one per row and one per cell
 * before their content, and one after its last cell.
 * https://developers.google.com/docs/api/concepts/structure
 */
export type Placed =
  | { kind: 'paragraph'; start: number; end: number; data: ParagraphData }
  | { kind: 'table'; start: number; end: number; data: TableData; rows: PlacedRow[] };

interface PlacedRow {
  start: number;
  end: number;
  data: RowData;
  cells: { start: number; end: number; content: Placed[] }[];
}

export const BODY_START = 1;

export function placeBlocks(blocks: readonly BlockData[], start: number): Placed[] {
  let at = start;
  return blocks.map((block) => {
    const placed = isParagraph(block) ? placeParagraph(block, at) : placeTable(block, at);
    at = placed.end;
    return placed;
  });
}

function placeParagraph(data: ParagraphData, start: number): Placed {
  return {
    kind: 'paragraph',
    start,
    end: start + data.text.length + data.images.length + data.breaks.length + 1,
    data,
  };
}

function placeTable(data: TableData, start: number): Placed {
  let at = start + 1;
  const rows = data.rows.map((row): PlacedRow => {
    const rowStart = at;
    at += 1;
    const cells = row.cells.map((cell) => {
      const cellStart = at;
      const content = placeBlocks(cell.children, cellStart + 1);
      at = content.length ? content[content.length - 1].end : cellStart + 1;
      return { start: cellStart, end: at, content };
    });
    return { start: rowStart, end: at, data: row, cells };
  });
  return { kind: 'table', start, end: at + 1, data, rows };
}

/** Every paragraph, table cells included, in reading order. */
export function placedParagraphs(placed: readonly Placed[]): Extract<Placed, { kind: 'paragraph' }>[] {
  return placed.flatMap((p) =>
    p.kind === 'paragraph' ? [p] : p.rows.flatMap((r) => r.cells.flatMap((c) => placedParagraphs(c.content))),
  );
}

/** Every table, nested ones included. */
export function placedTables(placed: readonly Placed[]): Extract<Placed, { kind: 'table' }>[] {
  return placed.flatMap((p) =>
    p.kind === 'paragraph' ? [] : [p, ...p.rows.flatMap((r) => r.cells.flatMap((c) => placedTables(c.content)))],
  );
}

const NAMED_STYLE: Readonly<Record<ParagraphData['heading'], string>> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};

/** The StructuralElement resources of documents.get (text, tables and the layout properties the emulator keeps). */
export function structuralElements(placed: readonly Placed[]): object[] {
  return placed.map((p) => (p.kind === 'paragraph' ? paragraphResource(p) : tableResource(p)));
}

function paragraphResource(p: Extract<Placed, { kind: 'paragraph' }>): object {
  const { data, start, end } = p;
  const elements: object[] = [];
  let at = start;
  if (data.text) elements.push({ startIndex: at, endIndex: (at += data.text.length), textRun: { content: data.text } });
  data.images.forEach((_, i) =>
    elements.push({
      startIndex: at,
      endIndex: ++at,
      inlineObjectElement: { inlineObjectId: `kix.image${start}.${i}` },
    }),
  );
  for (const br of data.breaks)
    elements.push({
      startIndex: at,
      endIndex: ++at,
      ...(br === 'PAGE_BREAK' ? { pageBreak: {} } : { horizontalRule: {} }),
    });
  elements.push({ startIndex: at, endIndex: end, textRun: { content: '\n' } });
  return {
    startIndex: start,
    endIndex: end,
    paragraph: {
      elements,
      paragraphStyle: {
        namedStyleType: NAMED_STYLE[data.heading],
        keepWithNext: data.keepWithNext,
        ...(data.alignment ? { alignment: API_ALIGNMENT[data.alignment] } : {}),
      },
    },
  };
}

/** A paragraph's HorizontalAlignment as the API's ParagraphStyle.alignment (left-to-right text). */
const API_ALIGNMENT = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' } as const;

function tableResource(t: Extract<Placed, { kind: 'table' }>): object {
  return {
    startIndex: t.start,
    endIndex: t.end,
    table: {
      rows: t.rows.length,
      columns: Math.max(0, ...t.rows.map((r) => r.cells.length)),
      tableRows: t.rows.map((r, i) => ({
        startIndex: r.start,
        endIndex: r.end,
        tableCells: r.cells.map((c) => ({
          startIndex: c.start,
          endIndex: c.end,
          content: structuralElements(c.content),
        })),
        tableRowStyle: {
          minRowHeight: { unit: 'PT', ...(r.data.minimumHeight ? { magnitude: r.data.minimumHeight } : {}) },
          ...(i < (t.data.pinnedHeaderRows ?? 0) ? { tableHeader: true } : {}),
          ...(r.data.preventOverflow ? { preventOverflow: true } : {}),
        },
      })),
    },
  };
}
