/**
 * The document stories' cycle: made from the menu by the Sek. Tim SAKIP, every indicator's realisasi filled in and the
 * Rekap consolidated; and the Google Docs the add-in makes, read back as a person reads them.
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { isParagraph, type BlockData, type DocData, type ParagraphData } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { buatSiklus, type Siklus } from '../harness/siklus';

export const KOLOM_FORM = formulirJson.kolom.map((k) => k.judul);

/** Every unit's realisasi of cycle `di`: 80, 81, ... written by its owner in one write per form. */
export function isiRealisasi(s: Siklus, di: string = s.id): void {
  s.sebagai(
    s.pemilik,
    (ss) => {
      let n = 80;
      for (const kode of UNIT) {
        const sheet = ss.getSheetByName(`Form ${kode}`)!;
        const isi = sheet
          .getDataRange()
          .getValues()
          .slice(1)
          .filter((r) => r[KOLOM_FORM.indexOf('Indikator Kinerja')] !== '');
        sheet.getRange(2, KOLOM_FORM.indexOf('Realisasi') + 1, isi.length, 1).setValues(isi.map(() => [n++ % 120]));
      }
    },
    di,
  );
}

/**
 * The Triwulan II 2026 cycle (optionally seeded from an earlier cycle with `perUnit` indicators per unit), every
 * indicator's realisasi filled in, and the Rekap consolidated on Rabu 19 Agustus 14.00 WIB.
 */
export function siklus(perUnit?: number): Siklus {
  const s = buatSiklus(perUnit ? { ukuran: { unit: 5, perUnit } } : {});
  isiRealisasi(s);
  s.panggil('konsolidasi', { oleh: ORANG.anggota, pada: agu(19, 14) });
  return s;
}

/** The id in a Drive or Docs link. */
export const idDari = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];

export function teksParagraf(p: ParagraphData): string {
  return p.text;
}

export function teksBlok(blocks: readonly BlockData[]): string {
  return blocks.map((b) => (isParagraph(b) ? teksParagraf(b) : '')).join('\n');
}

/** The body's tables as rows of cell texts, as a reader of the Google Doc sees them. */
export function tabelDokumen(doc: DocData): string[][][] {
  return doc.body.children.flatMap((b) =>
    isParagraph(b) ? [] : [b.rows.map((r) => r.cells.map((c) => teksBlok(c.children)))],
  );
}

/** The saved Google Doc behind a link. */
export function dokumen(s: Siklus, url: string): DocData {
  return documents(s.world).savedData(idDari(url));
}

/** "Buat Dokumen Pengukuran Kinerja" from the sidebar. */
export const buat = (s: Siklus, user: string = ORANG.sekTim) => s.panggil('buatDokumenPengukuranKinerja', user);
