/**
 * Which cycle a spreadsheet holds: mulaiSiklus marks each cycle spreadsheet with developer metadata whose value is the
 * period key ("2026-TW2"). Any other spreadsheet has no such marker.
 */
export const METADATA_SIKLUS = 'pengukuran-kinerja.siklus';

/** The period key of the cycle the spreadsheet holds, or null when it is not a cycle spreadsheet. */
export function bacaKunciSiklus(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const [penanda] = ss.createDeveloperMetadataFinder().withKey(METADATA_SIKLUS).find();
  return penanda ? penanda.getValue() : null;
}
