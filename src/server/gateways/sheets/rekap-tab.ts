import { type KelengkapanRekap, type LembarRekap, bacaKelengkapanRekap } from '../../domain/data/rekap/lembar-rekap';
import type { TataLetakTab } from '../../domain/layout';
import { tulisGridUtuh } from './grid-tab';
import { lindungiTab } from './protection';
import { aturBarisBeku, aturLebarKolom } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rewrites the whole Rekap tab (the add-in owns it, see tulisGridUtuh), its header frozen and its columns sized, the
 * mark of an older Rekap taken away, the tab protected for the Tim SAKIP.
 */
export function tulisTabRekap(
  ss: Spreadsheet,
  tataLetak: TataLetakTab,
  lembar: LembarRekap,
  timSakip: readonly string[],
): void {
  const sheet = ss.getSheetByName(tataLetak.nama) ?? ss.insertSheet(tataLetak.nama);
  tulisGridUtuh(sheet, lembar);
  aturBarisBeku(sheet, tataLetak.barisBeku);
  aturLebarKolom(
    sheet,
    tataLetak.kolom.map((k) => k.lebar),
  );
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
