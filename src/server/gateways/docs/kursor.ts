/**
 * The writing position of the Docs renderer and the paragraph helpers every block writer uses: where the next
 * element goes, the logo the kop takes, and what the layout pass is to do with the elements written.
 */
import type { Align, ParagraphBlock, TextRun } from '../../domain/naskah/model';
import type { RataSel, RencanaTataLetak } from './tata-letak';

export type Body = GoogleAppsScript.Document.Body;
export type Paragraph = GoogleAppsScript.Document.Paragraph;
export type Table = GoogleAppsScript.Document.Table;

export const HURUF = 'Arial';
export const UKURAN = { small: 10, normal: 12, large: 14, tabel: 10, judul: 14 } as const;
/** Indentation step of the model (addressee lines), about 1 cm. */
const INDENT_PT = 28;

/** Where blocks go: appended to the body, or inserted from a child index on (a template's {{tabel}} paragraph). */
export interface Kursor {
  body: Body;
  /** next child index, or null to append */
  indeks: number | null;
  /** the kop's logo, or null: the kop lines alone */
  logo: GoogleAppsScript.Base.Blob | null;
  /** what the layout pass (tata-letak.ts) is to do, by element; resolved to child indices once all is written */
  tabel: { tabel: Table; kepala: number; rata?: RataSel[] }[];
  tetapBersama: Paragraph[];
}

export function kursorBaru(body: Body, indeks: number | null, logo: GoogleAppsScript.Base.Blob | null = null): Kursor {
  return { body, indeks, logo, tabel: [], tetapBersama: [] };
}

/** The elements recorded while writing, as child indices of the body (the elements are all top-level). */
export function rencanaTataLetak(kursor: Kursor): RencanaTataLetak {
  const { body } = kursor;
  return {
    tabel: kursor.tabel.map((t) => ({ anak: body.getChildIndex(t.tabel), kepala: t.kepala, rata: t.rata ?? [] })),
    tetapBersama: kursor.tetapBersama.map((p) => body.getChildIndex(p)),
  };
}

export function paragrafBaru(kursor: Kursor, teks: string): Paragraph {
  if (kursor.indeks === null) return kursor.body.appendParagraph(teks);
  return kursor.body.insertParagraph(kursor.indeks++, teks);
}

export function tabelBaru(kursor: Kursor, sel: string[][]): Table {
  if (kursor.indeks === null) return kursor.body.appendTable(sel);
  return kursor.body.insertTable(kursor.indeks++, sel);
}

export function garis(kursor: Kursor): void {
  if (kursor.indeks === null) kursor.body.appendHorizontalRule();
  else kursor.body.insertHorizontalRule(kursor.indeks++);
}

export function halamanBaru(kursor: Kursor): void {
  if (kursor.indeks === null) kursor.body.appendPageBreak();
  else kursor.body.insertPageBreak(kursor.indeks++);
}

function perataan(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const { LEFT, CENTER, RIGHT, JUSTIFY } = DocumentApp.HorizontalAlignment;
  return { left: LEFT, center: CENTER, right: RIGHT, justify: JUSTIFY }[align];
}

/** One call: alignment, font, size and tight spacing for the whole paragraph (run styles are kept). */
export function gayaParagraf(
  p: Paragraph,
  align: Align,
  ukuran: number,
  tambahan: Record<string, unknown> = {},
): Paragraph {
  const A = DocumentApp.Attribute;
  return p.setAttributes({
    [A.HORIZONTAL_ALIGNMENT]: perataan(align),
    [A.FONT_FAMILY]: HURUF,
    [A.FONT_SIZE]: ukuran,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
    [A.LINE_SPACING]: 1.15,
    ...tambahan,
  });
}

function gayaTeks(run: TextRun): Record<string, unknown> | null {
  if (!run.bold && !run.italic && !run.underline) return null;
  const A = DocumentApp.Attribute;
  return { [A.BOLD]: !!run.bold, [A.ITALIC]: !!run.italic, [A.UNDERLINE]: !!run.underline };
}

/** Runs appended to a paragraph: each styled run one call. */
export function isiRun(p: Paragraph, runs: readonly TextRun[]): Paragraph {
  for (const run of runs) {
    if (!run.text) continue;
    const gaya = gayaTeks(run);
    const teks = p.appendText(run.text);
    if (gaya) teks.setAttributes(gaya);
  }
  return p;
}

/** A paragraph of runs. */
export function paragrafRun(kursor: Kursor, runs: readonly TextRun[]): Paragraph {
  return isiRun(paragrafBaru(kursor, ''), runs);
}

export function tulisParagraf(kursor: Kursor, block: ParagraphBlock): Paragraph {
  const p = paragrafRun(kursor, block.runs);
  const tambahan = block.indent ? { [DocumentApp.Attribute.INDENT_START]: block.indent * INDENT_PT } : {};
  return gayaParagraf(p, block.align, UKURAN[block.size ?? 'normal'], tambahan);
}
