/**
 * The seal that tells a cycle the add-in made from a copy of it: mulaiSiklus, which creates the spreadsheet and
 * records it in the office workbook's registry, writes the spreadsheet's own id into developer metadata
 * visible to this add-in's project only, which no person and no other script can read or write
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility). A copy keeps its
 * original's metadata but never its id, so a spreadsheet named by the sidebar is accepted only when its seal names
 * that very spreadsheet. The registry itself (the workbook's document properties)
 * cannot be read from a sidebar running in the cycle spreadsheet, and most people of a cycle cannot open the workbook.
 */
import { bukaSpreadsheet } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const METADATA_SEGEL = 'pengukuran-kinerja.segel';

function segelTercatat(ss: Spreadsheet): string | null {
  const cari = ss
    .createDeveloperMetadataFinder()
    .withKey(METADATA_SEGEL)
    .withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  return cari.find()[0]?.getValue() ?? null;
}

/** Seals a new cycle spreadsheet as one the add-in made and registered; once. */
export function segelSiklus(ss: Spreadsheet): void {
  if (segelTercatat(ss) !== null) return;
  ss.addDeveloperMetadata(METADATA_SEGEL, ss.getId(), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Opens a cycle spreadsheet named by the sidebar; refuses any spreadsheet the add-in did not make as that cycle. */
export function bukaSiklusKantor(spreadsheetId: string): Spreadsheet {
  const ss = bukaSpreadsheet(spreadsheetId);
  if (segelTercatat(ss) === ss.getId()) return ss;
  throw new Error(
    `Spreadsheet "${ss.getName()}" bukan spreadsheet siklus yang dibuat add-in dan dicatat di buku kerja SAKIP ` +
      'kantor: salinan atau berkas lain tidak diterima, dan peran di Pengaturan-nya tidak berlaku. Kerjakan di ' +
      'spreadsheet siklus yang asli (tautannya ada di surel formulir), atau minta tautannya kepada Sek. Tim SAKIP.',
  );
}
