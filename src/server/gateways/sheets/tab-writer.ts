import { type KolomTab, type TataLetakTab, barisMenurutTataLetak, hurufKolom } from '../../domain/layout';
import { aturBarisBeku, aturLebarKolom } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes a tab the add-in owns (header and rows) in one batch, then its formats per column: the number of service
 * calls depends on the number of columns, never on the number of rows.
 */
export function tulisTab(ss: Spreadsheet, tataLetak: TataLetakTab, data: readonly object[]): Sheet {
  const sheet = ss.getSheetByName(tataLetak.nama) ?? ss.insertSheet(tataLetak.nama);
  const kolom = tataLetak.kolom.length;
  const isi = [tataLetak.kolom.map((k) => k.judul), ...barisMenurutTataLetak(tataLetak, data)];
  sheet.getRange(1, 1, isi.length, kolom).setValues(isi);
  gayaTab(sheet, tataLetak, data.length);
  return sheet;
}

/**
 * The look of a tab the add-in lays out: header colours, frozen rows, tab colour, column widths, the columns kept for
 * the add-in hidden, and the body's formats over `barisData` rows (gayaBadan).
 */
export function gayaTab(sheet: Sheet, tataLetak: TataLetakTab, barisData: number): void {
  const kolom = tataLetak.kolom.length;
  sheet
    .getRange(1, 1, 1, kolom)
    .setBackground(tataLetak.warnaJudul)
    .setFontColor(tataLetak.warnaTeksJudul)
    .setFontWeight('bold')
    .setVerticalAlignment('middle')
    .setWrap(true);
  aturBarisBeku(sheet, tataLetak.barisBeku);
  if (tataLetak.warnaTab) sheet.setTabColor(tataLetak.warnaTab);
  aturLebarKolom(
    sheet,
    tataLetak.kolom.map((k) => k.lebar),
  );
  tataLetak.kolom.forEach((k, i) => {
    // hidden, not removed: getValues still returns a hidden column
    // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer))
    if (k.tersembunyi) sheet.hideColumns(i + 1);
  });
  gayaBadan(sheet, tataLetak, barisData);
}

/**
 * Each column's number format, alignment and wrapping over the first `barisData` body rows, e.g. for the rows a
 * rewrite added. Columns that share a setting get it in one RangeList call, so the calls depend on the distinct
 * settings, not on the number of columns or rows.
 */
export function gayaBadan(sheet: Sheet, tataLetak: TataLetakTab, barisData: number): void {
  const kolom = tataLetak.kolom.length;
  if (barisData === 0) return;
  const badan = (i: number) => `${hurufKolom(i + 1)}2:${hurufKolom(i + 1)}${barisData + 1}`;
  sheet.getRange(2, 1, barisData, kolom).setVerticalAlignment('top');
  for (const [format, kolomSama] of kelompokkan(tataLetak, (k) => k.format)) {
    sheet.getRangeList(kolomSama.map(badan)).setNumberFormat(format);
  }
  for (const [rata, kolomSama] of kelompokkan(tataLetak, (k) => k.rata)) {
    sheet.getRangeList(kolomSama.map(badan)).setHorizontalAlignment(rata);
  }
  const bungkus = tataLetak.kolom.flatMap((k, i) => (k.bungkus ? [i] : []));
  if (bungkus.length) sheet.getRangeList(bungkus.map(badan)).setWrap(true);
}

/** Column indexes grouped by a setting's value; columns without the setting are left out. */
function kelompokkan<T extends string>(
  tataLetak: TataLetakTab,
  nilai: (k: KolomTab) => T | undefined,
): Map<T, number[]> {
  const kelompok = new Map<T, number[]>();
  tataLetak.kolom.forEach((k, i) => {
    const v = nilai(k);
    if (v !== undefined) kelompok.set(v, [...(kelompok.get(v) ?? []), i]);
  });
  return kelompok;
}
