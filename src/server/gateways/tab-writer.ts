import type { TataLetakTab } from '../domain/layout';
import { barisMenurutTataLetak } from '../domain/layout';

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
  sheet
    .getRange(1, 1, 1, kolom)
    .setBackground(tataLetak.warnaJudul)
    .setFontColor(tataLetak.warnaTeksJudul)
    .setFontWeight('bold')
    .setVerticalAlignment('middle')
    .setWrap(true);
  sheet.setFrozenRows(tataLetak.barisBeku);
  tataLetak.kolom.forEach((k, i) => {
    sheet.setColumnWidth(i + 1, k.lebar);
    if (data.length === 0) return;
    const badan = sheet.getRange(2, i + 1, data.length, 1).setVerticalAlignment('top');
    if (k.format) badan.setNumberFormat(k.format);
    if (k.rata) badan.setHorizontalAlignment(k.rata);
    if (k.bungkus) badan.setWrap(true);
  });
  return sheet;
}
