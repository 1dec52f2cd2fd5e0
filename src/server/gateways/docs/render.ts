/**
 * Renders the documents' content model (domain/documents/model.ts) into a Google Docs Body. Tables are written whole
 * with appendTable(cells), then styled per table, per column and per header row; only cells whose alignment is not
 * the default left get a call of their own (Apps Script has no per-column paragraph style). DocumentApp cannot merge
 * table cells: a body cell merged into the one above is drawn empty, and a header of several rows is flattened into
 * one (see kepalaSatuBaris).
 */
import type {
  Block,
  HeadingBlock,
  SignatureBlock,
  SignaturesBlock,
  TableBlock,
  TableCell,
  TextRun,
} from '../../domain/naskah/model';
import type { TataHalaman } from '../../domain/naskah/halaman';
import type { RataSel, RencanaTataLetak } from './tata-letak';
import { tulisKop } from './kop-dokumen';
import {
  garis,
  gayaParagraf,
  halamanBaru,
  HURUF,
  isiRun,
  kursorBaru,
  paragrafBaru,
  paragrafRun,
  rencanaTataLetak,
  tabelBaru,
  tulisParagraf,
  UKURAN,
  type Body,
  type Kursor,
} from './kursor';

const WARNA_KEPALA_TABEL = '#d9d9d9';

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

/** A heading, kept on the page of what follows it (a unit's heading never ends a page without its table). */
function tulisJudul(kursor: Kursor, block: HeadingBlock): void {
  const p = paragrafRun(kursor, [{ text: block.text, bold: true, underline: block.underline }]);
  gayaParagraf(p, block.align, block.level === 1 ? UKURAN.judul : UKURAN.normal, {
    [DocumentApp.Attribute.SPACING_BEFORE]: block.level === 2 ? 6 : 0,
  });
  kursor.tetapBersama.push(p);
}

/**
 * The table in one appendTable, then: font and borders (one call), column widths (one per column), header rows bold
 * and shaded (per header cell), and the cells that are centred or right-aligned (by column or cell).
 */
/** A cell's alignment as the Docs API's ParagraphStyle.alignment (left-to-right text). */
const RATA_API = { center: 'CENTER', right: 'END', justify: 'JUSTIFIED' } as const;

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
  const rata: RataSel[] = [];
  baris.forEach((r, ri) => {
    const diKepala = ri < kepala.length;
    if (diKepala || r.every((c) => c.bold)) tabel.getRow(ri).editAsText().setBold(true);
    r.forEach((c, ci) => {
      const align = c.align ?? block.columns[ci].align;
      if (diKepala)
        tabel
          .getCell(ri, ci)
          .setBackgroundColor(WARNA_KEPALA_TABEL)
          .setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER);
      if (c.text !== '' && align !== 'left') rata.push({ baris: ri, sel: ci, rata: RATA_API[align] });
    });
  });
  // alignment goes with the layout pass (one batchUpdate), not three element calls a cell
  kursor.tabel.push({ tabel, kepala: block.borders ? kepala.length : 0, rata });
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
