import { uraianTidakUtuh, type LogTidakUtuh } from '../../domain/pelacakan/periksa-segel';
import { JUDUL_SEGEL } from '../../domain/pelacakan/segel-log';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import { TEMPLAT } from '../../domain/templat';
import type { BarisTemuan } from '../../gateways/sheets/temuan-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Each place where the Log is not as the add-in wrote it, as a Temuan galat linked to its row: the Tim SAKIP sees
 * it beside the units' findings and can restore the Log from the version history. Listed under "Log" as unit, so a
 * unit's edit, which rewrites only that unit's findings, keeps them.
 */
export function temuanLog(ss: Spreadsheet, tidakUtuh: readonly LogTidakUtuh[]): BarisTemuan[] {
  const tab = TEMPLAT.log.nama;
  const sheet = tidakUtuh.length ? ss.getSheetByName(tab) : null;
  if (!sheet) return [];
  return tidakUtuh.map((t) => ({
    severity: 'galat',
    unit: tab,
    tab,
    row: t.nomor,
    column: JUDUL_SEGEL,
    message:
      `Tab "${tab}" baris ${t.nomor}, kolom "${JUDUL_SEGEL}": ${uraianTidakUtuh(t)}. ` +
      'Pulihkan tab Log dari Riwayat versi, atau ulangi aksinya dari panel.',
    lokasi: rumusTautanSel(sheet.getSheetId(), tab, t.nomor, 1),
  }));
}
