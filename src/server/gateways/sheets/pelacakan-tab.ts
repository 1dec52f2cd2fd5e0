import type { KolomTab } from '../../domain/layout';
import type { BarisPelacakan, ProyeksiPelacakan } from '../../domain/pelacakan/proyeksi';
import type { TampilanPelacakan } from '../../domain/pelacakan/tampilan';
import { neutralkanFormula } from '../../domain/format/neutralkan-formula';
import { lindungiTab } from './protection';
import { aturBarisBeku, aturLebarKolom, menataSekaligus } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Sel = string | number | Date;

/** Fields of a Pelacakan row that hold instants (epoch ms), written as dates. */
const KOLOM_WAKTU: readonly string[] = ['mulai', 'selesai'] satisfies (keyof BarisPelacakan)[];
const JUDUL_PERINGATAN = 'Peringatan';
const PROTEKSI = 'Pelacakan SOP: hanya ditulis oleh add-in dari tab Log';

/**
 * Rewrites the Pelacakan sheet from a projection: header, one row per step, the totals row and the Peringatan row
 * (empty while it does not apply), in one setValues; then the formats of the whole block as one call each, the status
 * colours as conditional format rules, the chart of target against actual minutes, and the protection. The number of
 * calls does not depend on the number of steps, and writing the same projection twice leaves the same sheet.
 */
export function tulisPelacakan(
  ss: Spreadsheet,
  tampilan: TampilanPelacakan,
  proyeksi: ProyeksiPelacakan,
  penyunting: readonly string[],
): Sheet {
  const { tataLetak } = tampilan;
  const kolom = tataLetak.kolom;
  const sheet = ss.getSheetByName(tataLetak.nama) ?? ss.insertSheet(tataLetak.nama);
  const terisi = sheet.getLastRow();
  if (terisi === 0 || menataSekaligus()) aturTataLetak(sheet, tampilan);
  const isi = [...proyeksi.langkah, proyeksi.jumlah];
  const baris: Sel[][] = [
    kolom.map((k) => k.judul),
    ...isi.map((b) => kolom.map((k) => sel(b, k))),
    barisPeringatan(kolom, proyeksi.peringatan),
  ];
  const sisa = terisi - baris.length;
  if (sisa > 0) sheet.getRange(baris.length + 1, 1, sisa, kolom.length).clearContent();
  const blok = sheet.getRange(1, 1, baris.length, kolom.length).setValues(baris);
  aturFormat(blok, tampilan, isi.length);
  aturWarnaStatus(sheet, tampilan, proyeksi.langkah.length);
  aturGrafik(sheet, tampilan, proyeksi.langkah.length, baris.length);
  lindungiTab(sheet, penyunting, PROTEKSI);
  return sheet;
}

/** Frozen header and column widths, set once when the tab is first written (and in a new cycle's batch). */
function aturTataLetak(sheet: Sheet, tampilan: TampilanPelacakan): void {
  const { tataLetak } = tampilan;
  aturBarisBeku(sheet, tataLetak.barisBeku);
  aturLebarKolom(
    sheet,
    tataLetak.kolom.map((k) => k.lebar),
  );
}

function sel(b: BarisPelacakan, k: KolomTab): Sel {
  const v = (b as unknown as Record<string, unknown>)[k.isi];
  if (typeof v === 'number') return KOLOM_WAKTU.includes(k.isi) ? new Date(v) : v;
  return typeof v === 'string' ? neutralkanFormula(v) : '';
}

/** The Peringatan sits in the Uraian column; the row stays empty while it does not apply. */
function barisPeringatan(kolom: readonly KolomTab[], peringatan: string | null): Sel[] {
  return kolom.map((k) => (peringatan !== null && k.isi === 'uraian' ? `${JUDUL_PERINGATAN}: ${peringatan}` : ''));
}

/** Per-cell formats of the whole block as 2-D arrays: one call per property, whatever the number of rows. */
function aturFormat(blok: GoogleAppsScript.Spreadsheet.Range, tampilan: TampilanPelacakan, jumlahIsi: number): void {
  const { tataLetak } = tampilan;
  const kolom = tataLetak.kolom;
  const tinggi = jumlahIsi + 2;
  const per = <T>(f: (baris: number, k: KolomTab) => T): T[][] =>
    Array.from({ length: tinggi }, (_, r) => kolom.map((k) => f(r, k)));
  const jenis = (r: number) =>
    r === 0 ? 'judul' : r === jumlahIsi ? 'jumlah' : r === tinggi - 1 ? 'peringatan' : 'isi';
  blok
    .setNumberFormats(per((r, k) => (jenis(r) === 'judul' || jenis(r) === 'peringatan' ? '@' : (k.format ?? '@'))))
    .setHorizontalAlignments(
      per((r, k) => (jenis(r) === 'judul' ? 'center' : jenis(r) === 'peringatan' ? 'left' : (k.rata ?? 'left'))),
    )
    .setVerticalAlignments(per(() => 'top'))
    .setWraps(per((r, k) => jenis(r) === 'judul' || (jenis(r) === 'isi' && k.bungkus === true)))
    .setBackgrounds(
      per((r) =>
        jenis(r) === 'judul' ? tataLetak.warnaJudul : jenis(r) === 'jumlah' ? tampilan.warnaBarisJumlah : null,
      ),
    )
    .setFontColors(
      per((r) =>
        jenis(r) === 'judul' ? tataLetak.warnaTeksJudul : jenis(r) === 'peringatan' ? tampilan.warnaPeringatan : null,
      ),
    )
    .setFontWeights(per((r) => (jenis(r) === 'isi' ? 'normal' : 'bold')));
}

/** Status colours as conditional format rules on the step rows' Status cells (replacing the sheet's rules). */
function aturWarnaStatus(sheet: Sheet, tampilan: TampilanPelacakan, jumlahLangkah: number): void {
  const kolomStatus = tampilan.tataLetak.kolom.findIndex((k) => k.isi === 'status') + 1;
  if (kolomStatus === 0 || jumlahLangkah === 0) return;
  const rentang = sheet.getRange(2, kolomStatus, jumlahLangkah, 1);
  sheet.setConditionalFormatRules(
    Object.entries(tampilan.warnaStatus).map(([label, warna]) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(label)
        .setBackground(warna)
        .setRanges([rentang])
        .build(),
    ),
  );
}

/** One column chart of target against working minutes per step, below the table; an old chart is replaced. */
function aturGrafik(sheet: Sheet, tampilan: TampilanPelacakan, jumlahLangkah: number, tinggiTabel: number): void {
  for (const lama of sheet.getCharts()) sheet.removeChart(lama);
  const kolom = tampilan.tataLetak.kolom;
  const seri = ['no', 'targetMenit', 'durasiMenit'].map((isi) => kolom.findIndex((k) => k.isi === isi) + 1);
  if (seri.includes(0) || jumlahLangkah === 0) return;
  const builder = sheet.newChart().asColumnChart();
  for (const c of seri) builder.addRange(sheet.getRange(1, c, jumlahLangkah + 1, 1));
  sheet.insertChart(
    builder
      .setNumHeaders(1)
      .setOption('title', tampilan.judulGrafik)
      .setOption('hAxis.title', 'Langkah')
      .setOption('vAxis.title', 'Menit kerja')
      .setPosition(tinggiTabel + 2, 2, 0, 0)
      .build(),
  );
}
