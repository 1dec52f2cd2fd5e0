import { type TataLetakTab, barisMenurutTataLetak, petaJudul } from '../../domain/layout';
import { neutralkanFormula } from '../../domain/format/neutralkan-formula';
import { type Temuan } from '../../domain/data/temuan/types';
import { tabDariTautan } from '../../domain/data/temuan/tautan-sel';
import { potongTeks } from '../../domain/format/potong-teks';

/** long enough for every message the checks write, short enough to read in a cell */
const PANJANG_PESAN = 1000;
import { pastikanBaris } from './sheet-size';
import { gayaBadan, tulisTab } from './tab-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A finding as the Temuan tab shows it: its location as a HYPERLINK formula to the cell. */
export interface BarisTemuan extends Temuan {
  /** =HYPERLINK("#gid=…&range=F7","Form PSPFM!F7"), built by the add-in */
  lokasi: string;
}

/**
 * The findings the Temuan tab holds (values and the Lokasi links, two reads), to rewrite one unit's part of them;
 * empty when the tab is missing or has none.
 */
export function bacaTabTemuan(ss: Spreadsheet, tataLetak: TataLetakTab): BarisTemuan[] {
  const sheet = ss.getSheetByName(tataLetak.nama);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const blok = sheet.getRange(1, 1, sheet.getLastRow(), tataLetak.kolom.length);
  const [judul, ...baris] = blok.getValues();
  const rumus = blok.getFormulas();
  const posisi = petaJudul(tataLetak, judul);
  const kol = (isi: string) => posisi.get(tataLetak.kolom.find((k) => k.isi === isi)!.judul) as number;
  return baris.flatMap((r, i) => {
    const unit = String(r[kol('unit')] ?? '');
    if (!unit) return [];
    const severity = r[kol('severity')] === 'galat' ? 'galat' : 'peringatan';
    const lokasi = rumus[i + 1][kol('lokasi')] || String(r[kol('lokasi')] ?? '');
    return [
      {
        severity,
        unit,
        tab: tabDariTautan(lokasi),
        row: Number(r[kol('row')]) || 0,
        column: String(r[kol('column')] ?? ''),
        message: String(r[kol('message')] ?? ''),
        lokasi,
      },
    ];
  });
}

/**
 * Rewrites the Temuan tab with this run's findings in one setValues: header, findings, and blank rows over what an
 * earlier, longer run left, then the findings' formats. Text from the units is neutralised; only the add-in's own link
 * stays a formula.
 */
export function tulisTabTemuan(ss: Spreadsheet, tataLetak: TataLetakTab, temuan: readonly BarisTemuan[]): void {
  const sheet = ss.getSheetByName(tataLetak.nama) ?? tulisTab(ss, tataLetak, []);
  const aman = temuan.map((t) => ({
    ...t,
    unit: neutralkanFormula(t.unit),
    column: neutralkanFormula(t.column),
    // a message quotes what the unit typed: a whole 50,000-character cell would not fit beside the words around it
    message: neutralkanFormula(potongTeks(t.message, PANJANG_PESAN)),
  }));
  const isi = [tataLetak.kolom.map((k) => k.judul), ...barisMenurutTataLetak(tataLetak, aman)];
  const kosong = tataLetak.kolom.map(() => '');
  const sebelumnya = sheet.getLastRow();
  while (isi.length < sebelumnya) isi.push(kosong);
  pastikanBaris(sheet, isi.length);
  sheet.getRange(1, 1, isi.length, tataLetak.kolom.length).setValues(isi);
  // the findings' rows in the layout's formats: a long Pesan wraps instead of running past the tab's edge
  gayaBadan(sheet, tataLetak, temuan.length);
}
