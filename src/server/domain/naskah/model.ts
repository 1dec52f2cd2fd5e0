/**
 * A small content model for official documents. Builders produce it; the Google Docs gateway and the local .docx
 * writer render it. Blocks are deliberately few and literal so that renderers stay simple.
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  underline?: boolean;
  italic?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  align: Align;
  /** indentation in steps of about 1 cm (addressee lines); 0 when absent */
  indent?: number;
  /** relative font size; 'normal' when absent (kop lines use large/small) */
  size?: 'small' | 'normal' | 'large';
}

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  /** 1 = document title, 2 = section */
  level: 1 | 2;
  align: Align;
  underline?: boolean;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  /** overrides the column alignment */
  align?: Align;
  /**
   * The cell is covered by the cell above ('up') or to its left ('left') and its text is empty. The grid stays
   * rectangular: renderers that can merge cells merge them, the others draw an empty cell.
   */
  merge?: 'up' | 'left';
}

export interface TableColumn {
  /** share of the text width; the widths of a table add up to 1 */
  width: number;
  align: Align;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** header rows, repeated on every page; each row has one cell per column */
  header: TableCell[][];
  body: TableCell[][];
  borders: boolean;
}

/**
 * A signature block, top to bottom: lines above (place and date, "a.n."), JABATAN, `space` empty lines, the name,
 * lines below (pangkat, NIP). The empty lines are left for a handwritten or certified electronic (TTE) signature: the
 * add-in never draws or imitates one.
 */
export interface SignatureBlock {
  above: string[];
  jabatan: string | null;
  space: number;
  nama: TextRun;
  below: string[];
}

/** Signature blocks side by side at the bottom of a page: e.g. the receipt on the left, the signer on the right. */
export interface SignaturesBlock {
  kind: 'signatures';
  left: SignatureBlock | null;
  right: SignatureBlock | null;
}

export interface SpacerBlock {
  kind: 'spacer';
  lines: number;
}

/**
 * The letterhead's lines, centred. The renderer puts the office's logo at their left when it has one (the logo is an
 * image the model does not hold), and writes the lines as plain paragraphs otherwise.
 */
export interface KopBlock {
  kind: 'kop';
  baris: ParagraphBlock[];
}

/** The closing rule under a kop surat. */
interface RuleBlock {
  kind: 'rule';
  /** two lines, as a kop closes */
  ganda?: boolean;
}

interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  ParagraphBlock | HeadingBlock | TableBlock | SignaturesBlock | SpacerBlock | KopBlock | RuleBlock | PageBreakBlock;

export interface DocumentModel {
  /** file / document name */
  title: string;
  page: { size: 'A4' | 'F4'; orientation: 'portrait' | 'landscape' };
  blocks: Block[];
}

export type DocumentResult =
  { ok: true; document: DocumentModel; peringatan: string[] } | { ok: false; alasan: string[] };

export function paragraph(text: string, align: Align = 'left', style: Omit<TextRun, 'text'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ text, ...style }], align };
}

/** A bordered table with one bold, centred header row and text cells. */
export function tabelBerbingkai(
  judul: readonly string[],
  columns: readonly TableColumn[],
  baris: readonly (readonly string[])[],
): TableBlock {
  return {
    kind: 'table',
    columns: [...columns],
    header: [judul.map((text): TableCell => ({ text, bold: true, align: 'center' }))],
    body: baris.map((r) => r.map((text) => ({ text }))),
    borders: true,
  };
}

export function spacer(lines = 1): SpacerBlock {
  return { kind: 'spacer', lines };
}
