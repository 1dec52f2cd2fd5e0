import { type KelengkapanRekap, type LembarRekap, bacaKelengkapanRekap } from '../../domain/data/rekap/lembar-rekap';
import type { TataLetakTab } from '../../domain/layout';
import { lindungiTab } from './protection';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rewrites the whole Rekap tab (the add-in owns it): the values in one setValues that also blanks whatever an earlier
 * Rekap left below or beside, so the tab never shows a mix of two Rekaps; then each format as one grid, and the tab
 * sized to the Rekap (grown before the write, trimmed after it). The number of calls depends on the number of columns,
 * never on the number of indicators. A run that stops before the formats leaves the new values unformatted; running
 * it again completes it.
 */
export function tulisTabRekap(
  ss: Spreadsheet,
  tataLetak: TataLetakTab,
  lembar: LembarRekap,
  timSakip: readonly string[],
): void {
  const sheet = ss.getSheetByName(tataLetak.nama) ?? ss.insertSheet(tataLetak.nama);
  const baris = lembar.nilai.length;
  const kolom = lembar.nilai[0].length;
  const barisAda = sheet.getMaxRows();
  if (baris > barisAda) sheet.insertRowsAfter(barisAda, baris - barisAda);
  const tinggi = Math.max(baris, sheet.getLastRow());
  const lebar = Math.max(kolom, sheet.getLastColumn());
  const semua = sheet.getRange(1, 1, tinggi, lebar);
  semua.clearFormat();
  semua.setValues(
    Array.from({ length: tinggi }, (_, r) => Array.from({ length: lebar }, (_, c) => lembar.nilai[r]?.[c] ?? '')),
  );
  // the tab holds exactly the Rekap: rows an earlier, longer Rekap needed go, after the values were replaced
  if (baris < barisAda) sheet.deleteRows(baris + 1, barisAda - baris);
  sheet
    .getRange(1, 1, baris, kolom)
    .setNumberFormats(lembar.format)
    .setBackgrounds(lembar.latar)
    .setFontWeights(lembar.tebal)
    .setFontColors(lembar.warnaTeks)
    .setWraps(lembar.bungkus)
    .setHorizontalAlignments(lembar.rata)
    .setVerticalAlignment('top');
  sheet.setFrozenRows(tataLetak.barisBeku);
  tataLetak.kolom.forEach((k, i) => sheet.setColumnWidth(i + 1, k.lebar));
  // a fresh Rekap is not older than the forms: the mark of tandaiRekapUsang goes
  sheet.getRange(1, 1).clearNote();
  sheet.setTabColor(null);
  lindungiTab(sheet, timSakip, `Tab ${tataLetak.nama}: hanya Tim SAKIP`);
}

const WARNA_USANG = '#e06666';

/**
 * Marks the Rekap tab as older than the forms without touching its values (which the document's check fingerprints):
 * a red tab and `pesan` as the note of its first cell, until the next Konsolidasi rewrites it.
 */
export function tandaiRekapUsang(ss: Spreadsheet, tataLetak: TataLetakTab, pesan: string): void {
  const sheet = ss.getSheetByName(tataLetak.nama);
  if (!sheet) return;
  sheet.getRange(1, 1).setNote(pesan);
  sheet.setTabColor(WARNA_USANG);
}

/** The per-unit completeness of the last Rekap (one read); empty when there is no Rekap yet. */
export function bacaKelengkapanTabRekap(ss: Spreadsheet, tataLetak: TataLetakTab): KelengkapanRekap[] {
  const sheet = ss.getSheetByName(tataLetak.nama);
  return sheet ? bacaKelengkapanRekap(sheet.getDataRange().getValues()) : [];
}
