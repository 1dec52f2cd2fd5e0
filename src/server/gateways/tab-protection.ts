type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Protects a whole tab so that only `editors` (and the file's owner, who always can) change it, leaving `bolehDiisi`
 * open to everyone who can edit the file. Checked, then created: running it again reuses the tab's protection.
 * Until a script changes a protection's editors, it mirrors the file's editors and protects nothing
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()), so the editors are always set.
 * Protection.addEditors does not share the file: sharing belongs to the distribution step.
 */
export function lindungiTab(
  sheet: Sheet,
  editors: readonly string[],
  keterangan: string,
  bolehDiisi: Range[] = [],
): void {
  const perlindungan = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  perlindungan.setDescription(keterangan);
  const diizinkan = new Set(editors.map((e) => e.toLowerCase()));
  const lebih = perlindungan
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !diizinkan.has(e.toLowerCase()));
  if (lebih.length) perlindungan.removeEditors(lebih);
  if (editors.length) perlindungan.addEditors([...editors]);
  perlindungan.setUnprotectedRanges(bolehDiisi);
}
