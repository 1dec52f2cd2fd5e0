import { type TataLetakTab, barisMenurutTataLetak } from '../../domain/layout';
import { neutralkanFormula } from '../../domain/format/neutralkan-formula';
import { type Temuan } from '../../domain/data/temuan/types';
import { pastikanBaris } from './sheet-size';
import { tulisTab } from './tab-writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A finding as the Temuan tab shows it: its location as a HYPERLINK formula to the cell. */
export interface BarisTemuan extends Temuan {
  /** =HYPERLINK("#gid=…&range=F7","Form PSPFM!F7"), built by the add-in */
  lokasi: string;
}

/**
 * Rewrites the Temuan tab with this run's findings in one setValues: header, findings, and blank rows over what an
 * earlier, longer run left. Text from the units is neutralised; only the add-in's own link stays a formula.
 */
export function tulisTabTemuan(ss: Spreadsheet, tataLetak: TataLetakTab, temuan: readonly BarisTemuan[]): void {
  const sheet = ss.getSheetByName(tataLetak.nama) ?? tulisTab(ss, tataLetak, []);
  const aman = temuan.map((t) => ({
    ...t,
    unit: neutralkanFormula(t.unit),
    column: neutralkanFormula(t.column),
    message: neutralkanFormula(t.message),
  }));
  const isi = [tataLetak.kolom.map((k) => k.judul), ...barisMenurutTataLetak(tataLetak, aman)];
  const kosong = tataLetak.kolom.map(() => '');
  const sebelumnya = sheet.getLastRow();
  while (isi.length < sebelumnya) isi.push(kosong);
  pastikanBaris(sheet, isi.length);
  sheet.getRange(1, 1, isi.length, tataLetak.kolom.length).setValues(isi);
}
