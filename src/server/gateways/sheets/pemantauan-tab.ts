/**
 * Writes a monitoring tab of the office's SAKIP workbook (Monitoring SOP, Tren Kinerja) whole: its values
 * (tulisNilaiUtuh), then its formats by what they are (tulisFormatRingkas), its columns sized, the charts replaced,
 * the tab protected for the Tim SAKIP. The number of calls depends on the number of charts (steps, units) and of
 * distinct styles, never on the number of cycles' rows or indicators. Never appended to: a rebuild from the
 * same cycles gives the same tab.
 */
import type { LembarPantau } from '../../domain/pemantauan/lembar';
import { tulisFormatRingkas } from './format-ringkas';
import { tulisNilaiUtuh } from './grid-tab';
import { lindungiTab } from './protection';
import { aturLebarKolom } from './tata-letak-sekaligus';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab's values as they stand (one read); [] when there is no such tab yet. */
export function nilaiTabPantau(ss: Spreadsheet, nama: string): unknown[][] {
  return ss.getSheetByName(nama)?.getDataRange().getValues() ?? [];
}

export function tulisTabPantau(ss: Spreadsheet, lembar: LembarPantau, timSakip: readonly string[]): Sheet {
  const sheet = ss.getSheetByName(lembar.nama) ?? ss.insertSheet(lembar.nama);
  tulisNilaiUtuh(sheet, lembar);
  tulisFormatRingkas(sheet, lembar);
  aturLebarKolom(sheet, lembar.lebarKolom);
  gantiGrafik(sheet, lembar);
  lindungiTab(sheet, timSakip, `Tab ${lembar.nama}: hanya ditulis ulang oleh add-in (Tim SAKIP)`);
  return sheet;
}

function gantiGrafik(sheet: Sheet, lembar: LembarPantau): void {
  for (const lama of sheet.getCharts()) sheet.removeChart(lama);
  for (const g of lembar.grafik) {
    const builder = sheet.newChart().asColumnChart();
    builder.addRange(sheet.getRange(g.baris, g.kolom, g.tinggi, g.lebar));
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setOption('title', g.judul)
        .setOption('hAxis.title', g.sumbuX)
        .setOption('vAxis.title', g.sumbuY)
        .setPosition(g.posisiBaris, g.posisiKolom, 0, 0)
        .build(),
    );
  }
}
