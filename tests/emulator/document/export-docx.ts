import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { World } from '../core/world';
import {
  isParagraph,
  runsOf,
  type BlockData,
  type CellData,
  type DocData,
  type ParagraphData,
  type SectionData,
  type TableData,
  type TextStyle,
} from './model';
import { documents } from './store';

/**
 * Writes an emulated Google Doc (its saved version, as Drive would export it) to a real .docx, so a person can open
 * what a run produced in any office suite. Units: Docs uses points; Word uses twentieths of a point (twips) for sizes
 * and half-points for font sizes.
 */
export async function exportDocumentToDocx(world: World, id: string, filePath: string): Promise<void> {
  await writeFile(filePath, await documentToDocx(documents(world).savedData(id)));
}

/**
 * The page size with its orientation tagged: Word and LibreOffice take a page wider than tall without the landscape
 * tag as portrait. The docx library swaps width and height for landscape, so it is given the portrait sizes.
 */
function ukuranHalaman(page: { width: number; height: number }) {
  const [pendek, panjang] = [Math.min(page.width, page.height), Math.max(page.width, page.height)].map(twips);
  const melintang = page.width > page.height;
  return {
    width: pendek,
    height: panjang,
    orientation: melintang ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
  };
}

async function documentToDocx(data: DocData): Promise<Buffer> {
  const { page } = data;
  const document = new Document({
    sections: [
      {
        properties: {
          page: {
            size: ukuranHalaman(page),
            margin: {
              top: twips(page.marginTop),
              bottom: twips(page.marginBottom),
              left: twips(page.marginLeft),
              right: twips(page.marginRight),
            },
          },
        },
        headers: data.header ? { default: new Header({ children: blocks(data.header) }) } : undefined,
        footers: data.footer ? { default: new Footer({ children: blocks(data.footer) }) } : undefined,
        children: blocks(data.body),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function twips(points: number): number {
  return Math.round(points * 20);
}

function color(hex: string | undefined | null): string | undefined {
  return hex ? hex.replace(/^#/, '') : undefined;
}

function blocks(section: SectionData | CellData): (Paragraph | Table)[] {
  return section.children.map(block);
}

function block(data: BlockData): Paragraph | Table {
  return isParagraph(data) ? paragraph(data) : table(data);
}

const HEADINGS: Partial<Record<ParagraphData['heading'], IParagraphOptions['heading']>> = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
};

const ALIGNMENTS = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

function run(text: string, style: TextStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined,
    strike: style.strikethrough,
    size: style.fontSize ? style.fontSize * 2 : undefined,
    font: style.fontFamily,
    color: color(style.foregroundColor),
    shading: style.backgroundColor
      ? { type: ShadingType.CLEAR, fill: color(style.backgroundColor), color: 'auto' }
      : undefined,
  });
}

/** The options object, or undefined when none is set (so Word gets no empty element). */
function defined<T extends object>(options: T): T | undefined {
  return Object.values(options).some((v) => v !== undefined) ? options : undefined;
}

const GARIS = { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 };

function paragraph(data: ParagraphData): Paragraph {
  const hasRule = data.breaks.includes('HORIZONTAL_RULE');
  return new Paragraph({
    children: [
      ...runsOf(data).map(({ text, style }) => run(text, style)),
      // the image part of the package (word/media), at the size Docs shows it: docx takes pixels at 96 dpi
      ...data.images.map(
        (image) =>
          new ImageRun({
            type: 'png',
            data: Buffer.from(image.base64, 'base64'),
            transformation: { width: image.width, height: image.height },
          }),
      ),
      ...data.breaks.filter((b) => b === 'PAGE_BREAK').map(() => new PageBreak()),
    ],
    heading: HEADINGS[data.heading],
    style: data.heading === 'SUBTITLE' ? 'Subtitle' : undefined,
    alignment: data.alignment ? ALIGNMENTS[data.alignment] : undefined,
    spacing: defined({
      before: data.spacingBefore === null ? undefined : twips(data.spacingBefore),
      after: data.spacingAfter === null ? undefined : twips(data.spacingAfter),
      line: data.lineSpacing === null ? undefined : Math.round(data.lineSpacing * 240),
    }),
    indent: defined({
      left: data.indentStart === null ? undefined : twips(data.indentStart),
      right: data.indentEnd === null ? undefined : twips(data.indentEnd),
      firstLine: data.indentFirstLine === null ? undefined : twips(data.indentFirstLine),
    }),
    bullet: data.kind === 'listItem' ? { level: data.nestingLevel } : undefined,
    // w:keepNext: Docs' keepWithNext
    keepNext: data.keepWithNext || undefined,
    // a Docs horizontal rule is a line of its own: adjacent rule paragraphs would be drawn as one bordered group
    // without the "between" border
    border: hasRule ? { bottom: GARIS, between: GARIS } : undefined,
  });
}

function table(data: TableData): Table {
  const columns = Math.max(data.columnWidths.length, ...data.rows.map((r) => r.cells.length));
  const widths = Array.from({ length: columns }, (_, i) => data.columnWidths[i] ?? null);
  const border = {
    style: data.borderWidth === 0 ? BorderStyle.NONE : BorderStyle.SINGLE,
    size: Math.round((data.borderWidth ?? 1) * 8),
    color: color(data.borderColor) ?? '000000',
  };
  return new Table({
    columnWidths: widths.map((w) => twips(w ?? 72)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: data.rows.map(
      (row, r) =>
        new TableRow({
          height: row.minimumHeight ? { value: twips(row.minimumHeight), rule: 'atLeast' } : undefined,
          // w:tblHeader repeats the row on every page (Docs' pinned header rows); w:cantSplit keeps it whole
          // (Docs' preventOverflow)
          tableHeader: r < (data.pinnedHeaderRows ?? 0) || undefined,
          cantSplit: row.preventOverflow || undefined,
          children: row.cells.map((cell, i) => tableCell(cell, cell.width ?? widths[i])),
        }),
    ),
  });
}

const VERTICAL = {
  TOP: VerticalAlignTable.TOP,
  CENTER: VerticalAlignTable.CENTER,
  BOTTOM: VerticalAlignTable.BOTTOM,
} as const;

function tableCell(cell: CellData, width: number | null): TableCell {
  const children = blocks(cell);
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: width === null ? undefined : { size: twips(width), type: WidthType.DXA },
    shading: cell.backgroundColor
      ? { type: ShadingType.CLEAR, fill: color(cell.backgroundColor), color: 'auto' }
      : undefined,
    verticalAlign: cell.verticalAlignment ? VERTICAL[cell.verticalAlignment as keyof typeof VERTICAL] : undefined,
  });
}
