/**
 * Renders the documents' content model (domain/documents/model.ts) into a Google Docs Body. Tables are written whole
 * with appendTable(cells), then styled per table, per column and per header row; only cells whose alignment is not
 * the default left get a call of their own (Apps Script has no per-column paragraph style). DocumentApp cannot merge
 * table cells: a body cell merged into the one above is drawn empty, and a header of several rows is flattened into
 * one (see kepalaSatuBaris).
 */
import type {
  Align,
  Block,
  HeadingBlock,
  KopBlock,
  ParagraphBlock,
  SignatureBlock,
  SignaturesBlock,
  TableBlock,
  TableCell,
  TextRun,
} from '../../domain/naskah/model';
import type { TataHalaman } from '../../domain/naskah/halaman';
import type { RencanaTataLetak } from './tata-letak';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;

const HURUF = 'Arial';
const UKURAN = { small: 10, normal: 12, large: 14, tabel: 10, judul: 14 } as const;
/** Indentation step of the model (addressee lines), about 1 cm. */
const INDENT_PT = 28;
const WARNA_KEPALA_TABEL = '#d9d9d9';

/** The logo's height in the kop, in pixels (about 2.2 cm at 96 px per inch); its width follows the image. */
const TINGGI_LOGO_PX = 83;
/** The kop's side columns: the logo's on the left, an empty one as wide on the right so the lines stay centred. */
const LEBAR_KOLOM_LOGO_PT = 66;

/** Where blocks go: appended to the body, or inserted from a child index on (a template's {{tabel}} paragraph). */
interface Kursor {
  body: Body;
  /** next child index, or null to append */
  indeks: number | null;
  /** the kop's logo, or null: the kop lines alone */
  logo: GoogleAppsScript.Base.Blob | null;
  /** what the layout pass (tata-letak.ts) is to do, by element; resolved to child indices once all is written */
  tabel: { tabel: Table; kepala: number }[];
  tetapBersama: Paragraph[];
}

function kursorBaru(body: Body, indeks: number | null, logo: GoogleAppsScript.Base.Blob | null = null): Kursor {
  return { body, indeks, logo, tabel: [], tetapBersama: [] };
}

/** The elements recorded while writing, as child indices of the body (the elements are all top-level). */
function rencanaTataLetak(kursor: Kursor): RencanaTataLetak {
  const { body } = kursor;
  return {
    tabel: kursor.tabel.map((t) => ({ anak: body.getChildIndex(t.tabel), kepala: t.kepala })),
    tetapBersama: kursor.tetapBersama.map((p) => body.getChildIndex(p)),
  };
}

export function aturHalaman(body: Body, halaman: TataHalaman): void {
  body
    .setPageWidth(halaman.lebar)
    .setPageHeight(halaman.tinggi)
    .setMarginTop(halaman.margin.atas)
    .setMarginRight(halaman.margin.kanan)
    .setMarginBottom(halaman.margin.bawah)
    .setMarginLeft(halaman.margin.kiri);
}

/**
 * Writes the blocks into a fresh document body (one that holds only the empty paragraph DocumentApp.create leaves),
 * removing that paragraph once there is content so the document does not start with a blank line. Returns the layout
 * the Docs API is to apply once the document is saved.
 */
export function tulisDokumenBaru(
  body: Body,
  blocks: readonly Block[],
  halaman: TataHalaman,
  logo: GoogleAppsScript.Base.Blob | null = null,
): RencanaTataLetak {
  aturHalaman(body, halaman);
  const kosong = body.getNumChildren() === 1 ? body.getChild(0) : null;
  const kursor = kursorBaru(body, null, logo);
  tulisBlok(kursor, blocks, halaman.lebarTeks);
  const kosongPolos = kosong?.getType() === DocumentApp.ElementType.PARAGRAPH && kosong.asParagraph().getText() === '';
  if (kosong && kosongPolos && body.getNumChildren() > 1) kosong.removeFromParent();
  return rencanaTataLetak(kursor);
}

function tulisBlok(kursor: Kursor, blocks: readonly Block[], lebarTeks: number): void {
  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'paragraph': {
        const p = tulisParagraf(kursor, block);
        // a paragraph that introduces a table ("Penjelasan / kendala …") stays on the table's page
        if (blocks[i + 1]?.kind === 'table') kursor.tetapBersama.push(p);
        break;
      }
      case 'heading':
        tulisJudul(kursor, block);
        break;
      case 'table':
        tulisTabel(kursor, block, lebarTeks);
        break;
      case 'signatures':
        tulisTandaTangan(kursor, block, lebarTeks);
        break;
      case 'spacer':
        for (let n = 0; n < block.lines; n++) gayaParagraf(paragrafBaru(kursor, ''), 'left', UKURAN.normal);
        break;
      case 'kop':
        tulisKop(kursor, block, lebarTeks);
        break;
      case 'rule':
        garis(kursor);
        if (block.ganda) garis(kursor);
        break;
      case 'pageBreak':
        halamanBaru(kursor);
        break;
    }
  });
}

function paragrafBaru(kursor: Kursor, teks: string): Paragraph {
  if (kursor.indeks === null) return kursor.body.appendParagraph(teks);
  return kursor.body.insertParagraph(kursor.indeks++, teks);
}

function tabelBaru(kursor: Kursor, sel: string[][]): Table {
  if (kursor.indeks === null) return kursor.body.appendTable(sel);
  return kursor.body.insertTable(kursor.indeks++, sel);
}

function garis(kursor: Kursor): void {
  if (kursor.indeks === null) kursor.body.appendHorizontalRule();
  else kursor.body.insertHorizontalRule(kursor.indeks++);
}

function halamanBaru(kursor: Kursor): void {
  if (kursor.indeks === null) kursor.body.appendPageBreak();
  else kursor.body.insertPageBreak(kursor.indeks++);
}

function perataan(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const { LEFT, CENTER, RIGHT, JUSTIFY } = DocumentApp.HorizontalAlignment;
  return { left: LEFT, center: CENTER, right: RIGHT, justify: JUSTIFY }[align];
}

/** One call: alignment, font, size and tight spacing for the whole paragraph (run styles are kept). */
function gayaParagraf(p: Paragraph, align: Align, ukuran: number, tambahan: Record<string, unknown> = {}): Paragraph {
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
function isiRun(p: Paragraph, runs: readonly TextRun[]): Paragraph {
  for (const run of runs) {
    if (!run.text) continue;
    const gaya = gayaTeks(run);
    const teks = p.appendText(run.text);
    if (gaya) teks.setAttributes(gaya);
  }
  return p;
}

/** A paragraph of runs. */
function paragrafRun(kursor: Kursor, runs: readonly TextRun[]): Paragraph {
  return isiRun(paragrafBaru(kursor, ''), runs);
}

function tulisParagraf(kursor: Kursor, block: ParagraphBlock): Paragraph {
  const p = paragrafRun(kursor, block.runs);
  const tambahan = block.indent ? { [DocumentApp.Attribute.INDENT_START]: block.indent * INDENT_PT } : {};
  return gayaParagraf(p, block.align, UKURAN[block.size ?? 'normal'], tambahan);
}

/** A heading, kept on the page of what follows it (a unit's heading never ends a page without its table). */
function tulisJudul(kursor: Kursor, block: HeadingBlock): void {
  const p = paragrafRun(kursor, [{ text: block.text, bold: true, underline: block.underline }]);
  gayaParagraf(p, block.align, block.level === 1 ? UKURAN.judul : UKURAN.normal, {
    [DocumentApp.Attribute.SPACING_BEFORE]: block.level === 2 ? 6 : 0,
  });
  kursor.tetapBersama.push(p);
}

function gayaBarisKop(p: Paragraph, baris: ParagraphBlock): void {
  gayaParagraf(p, baris.align, UKURAN[baris.size ?? 'normal']);
}

/**
 * The kop's lines; with a logo, a borderless table of three columns: the logo at the left, the lines centred in the
 * middle, and an empty column as wide as the logo's so the lines stay centred on the page
 * (docs/regulasi/tata-naskah-dinas.md §4).
 */
function tulisKop(kursor: Kursor, block: KopBlock, lebarTeks: number): void {
  if (!kursor.logo) {
    for (const baris of block.baris) tulisParagraf(kursor, baris);
    return;
  }
  const tabel = tabelBaru(kursor, [['', '', '']]);
  tabel.setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 0 });
  tabel.setBorderColor('#ffffff');
  [LEBAR_KOLOM_LOGO_PT, lebarTeks - 2 * LEBAR_KOLOM_LOGO_PT, LEBAR_KOLOM_LOGO_PT].forEach((w, i) =>
    tabel.setColumnWidth(i, Math.round(w)),
  );
  const selLogo = tabel.getCell(0, 0).setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
  const gambar = selLogo.getChild(0).asParagraph().appendInlineImage(kursor.logo);
  const lebar = Math.round((gambar.getWidth() * TINGGI_LOGO_PX) / gambar.getHeight());
  gambar.setWidth(lebar).setHeight(TINGGI_LOGO_PX);
  const selTeks = tabel.getCell(0, 1);
  block.baris.forEach((baris, i) => {
    const p = i === 0 ? selTeks.getChild(0).asParagraph() : selTeks.appendParagraph('');
    gayaBarisKop(isiRun(p, baris.runs), baris);
  });
  kursor.tabel.push({ tabel, kepala: 0 });
}

/**
 * The table in one appendTable, then: font and borders (one call), column widths (one per column), header rows bold
 * and shaded (per header cell), and the cells that are centred or right-aligned (by column or cell).
 */
function tulisTabel(kursor: Kursor, block: TableBlock, lebarTeks: number): void {
  const { kepala, keterangan } = kepalaSatuBaris(block.header);
  const baris = [...kepala, ...block.body];
  const tabel = tabelBaru(
    kursor,
    baris.map((r) => r.map((c) => c.text)),
  );
  const A = DocumentApp.Attribute;
  tabel.setAttributes({
    [A.FONT_FAMILY]: HURUF,
    // a borderless table only lays text out (Nomor : …), so it reads as the text around it
    [A.FONT_SIZE]: block.borders ? UKURAN.tabel : UKURAN.normal,
    [A.BORDER_WIDTH]: block.borders ? 1 : 0,
  });
  if (!block.borders) tabel.setBorderColor('#ffffff');
  block.columns.forEach((k, i) => tabel.setColumnWidth(i, Math.round(k.width * lebarTeks)));
  baris.forEach((r, ri) => {
    const diKepala = ri < kepala.length;
    const barisDoc = tabel.getRow(ri);
    if (diKepala || r.every((c) => c.bold)) barisDoc.editAsText().setBold(true);
    r.forEach((c, ci) => {
      const align = c.align ?? block.columns[ci].align;
      if (!diKepala && (align === 'left' || c.text === '')) return;
      const sel = barisDoc.getCell(ci);
      if (diKepala)
        sel.setBackgroundColor(WARNA_KEPALA_TABEL).setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
      if (align !== 'left') sel.getChild(0).asParagraph().setAlignment(perataan(align));
    });
  });
  kursor.tabel.push({ tabel, kepala: block.borders ? kepala.length : 0 });
  for (const teks of keterangan) {
    gayaParagraf(paragrafRun(kursor, [{ text: teks, italic: true }]), 'left', UKURAN.small);
  }
}

/**
 * A header of several rows as one row, since the cells of a group cannot be merged: each column takes its lowest
 * label (a cell merged into the one above takes that one's), and each group label spanning columns becomes a note
 * under the table ("Sangat Tinggi s.d. Sangat Rendah: Jumlah Indikator per Predikat").
 */
function kepalaSatuBaris(header: readonly TableCell[][]): { kepala: TableCell[][]; keterangan: string[] } {
  if (header.length <= 1) return { kepala: [...header], keterangan: [] };
  const bawah = header[header.length - 1];
  const kepala = bawah.map((_, c) => {
    const asli = [...header].reverse().find((r) => !r[c].merge);
    return asli ? asli[c] : bawah[c];
  });
  const keterangan = header.slice(0, -1).flatMap((r) =>
    r.flatMap((sel, c) => {
      let akhir = c;
      while (r[akhir + 1]?.merge === 'left') akhir++;
      if (sel.merge || akhir === c) return [];
      return [`${kepala[c].text} s.d. ${kepala[akhir].text}: ${sel.text}`];
    }),
  );
  return { kepala: [kepala], keterangan };
}

/** Signature blocks side by side: a borderless two-column table, each block centred in its half. */
function tulisTandaTangan(kursor: Kursor, block: SignaturesBlock, lebarTeks: number): void {
  const tabel = tabelBaru(kursor, [['', '']]);
  tabel.setAttributes({ [DocumentApp.Attribute.BORDER_WIDTH]: 0 });
  tabel.setBorderColor('#ffffff');
  [block.left, block.right].forEach((ttd, i) => {
    tabel.setColumnWidth(i, Math.round(lebarTeks / 2));
    if (ttd) isiTandaTangan(tabel.getCell(0, i), ttd);
  });
  // a signature block is one row: kept whole, never split from its name and NIP
  kursor.tabel.push({ tabel, kepala: 0 });
}

function isiTandaTangan(sel: GoogleAppsScript.Document.TableCell, ttd: SignatureBlock): void {
  const baris: TextRun[] = [
    ...ttd.above.map((text) => ({ text })),
    ...(ttd.jabatan ? [{ text: ttd.jabatan }] : []),
    ...Array.from({ length: ttd.space }, () => ({ text: '' })),
    ttd.nama,
    ...ttd.below.map((text) => ({ text })),
  ];
  baris.forEach((run, i) => {
    const p = i === 0 ? sel.getChild(0).asParagraph() : sel.appendParagraph('');
    gayaParagraf(isiRun(p, [run]), 'center', UKURAN.normal);
  });
}

function pola(nama: string): string {
  return `\\{\\{\\s*${nama.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}

/**
 * Fills a copy of the office's template: each placeholder replaced everywhere (one call per placeholder), then the
 * blocks inserted where the paragraph holding {{tabel}} was. Returns the body's text afterwards (to name placeholders
 * the add-in does not know) and the layout for the inserted blocks. Refuses a template without a {{tabel}} paragraph
 * of its own in the body.
 */
export function isiTemplat(
  body: Body,
  nilai: Readonly<Record<string, string>>,
  penandaTabel: string,
  blocks: readonly Block[],
): { teks: string; tataLetak: RencanaTataLetak } {
  for (const [nama, teks] of Object.entries(nilai)) body.replaceText(pola(nama), teks);
  const temu = body.findText(pola(penandaTabel));
  const paragraf = temu?.getElement().getParent();
  if (!paragraf || paragraf.getParent()?.getType() !== DocumentApp.ElementType.BODY_SECTION) {
    throw new Error(
      `Templat dokumen tidak memuat paragraf {{${penandaTabel}}} di badan dokumen (bukan di dalam tabel): ` +
        'tambahkan satu paragraf berisi {{tabel}} di tempat tabel kinerja disisipkan.',
    );
  }
  const lebarTeks = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  const kursor = kursorBaru(body, body.getChildIndex(paragraf) + 1);
  tulisBlok(kursor, blocks, lebarTeks);
  paragraf.removeFromParent();
  return { teks: body.getText(), tataLetak: rencanaTataLetak(kursor) };
}
