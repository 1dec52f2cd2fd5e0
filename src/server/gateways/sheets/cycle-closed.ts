/**
 * The mark of a closed cycle: developer metadata set when the cycle is archived (SOP step 14), read by the sidebar so
 * it shows the cycle as closed.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const METADATA_DITUTUP = 'pengukuran-kinerja.ditutup';

/** When the cycle was closed (epoch ms), or null while it is open. */
export function waktuDitutup(ss: Spreadsheet): number | null {
  const nilai = ss.createDeveloperMetadataFinder().withKey(METADATA_DITUTUP).find()[0]?.getValue();
  const ms = nilai ? Date.parse(nilai) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

export function tandaiDitutup(ss: Spreadsheet, nowMs: number): void {
  if (waktuDitutup(ss) === null) ss.addDeveloperMetadata(METADATA_DITUTUP, new Date(nowMs).toISOString());
}
